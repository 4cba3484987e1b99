import type { Vendor } from './types.js';

/** A verified delivery as an inbox keeps it: enough to run its handlers in another process, after a crash. */
export interface StoredDelivery {
  /** The delivery id (`DeliveryContext.deliveryId`): one stored delivery per id. */
  readonly id: string;
  readonly vendor: Vendor;
  /** The event name, the discriminator's value. */
  readonly name: string;
  /** The raw body as received (valid UTF-8 JSON: only parsed deliveries are stored). */
  readonly body: string;
  /** When it was received, Unix milliseconds. */
  readonly receivedAt: number;
  /** How many times its handlers have run and failed so far. */
  readonly attempts: number;
  /** The last failure's message, when it has failed. */
  readonly lastError?: string;
}

/** What the receiver hands an inbox to store. */
export type NewDelivery = Pick<StoredDelivery, 'id' | 'vendor' | 'name' | 'body' | 'receivedAt'>;

/**
 * Durable storage between the answer and the handlers: the receiver answers 2xx only once `put` has resolved,
 * and handlers run from the inbox, at least once, retried with backoff, dead-lettered after `maxAttempts`.
 * `@chat-webhooks/receiver/sqlite` (embedded, one file) and `@chat-webhooks/receiver/redis` (BullMQ, any number
 * of processes) implement it.
 */
export interface Inbox {
  /** Stores the delivery; `'duplicate'` when one with its id is stored already. Rejects when it cannot store. */
  put(delivery: NewDelivery): Promise<'stored' | 'duplicate'>;
  /**
   * Starts running `process` for stored deliveries, one call per delivery and attempt; a rejection is a failed
   * attempt. The receiver calls it once, unless the inbox only stores (`consume: false`).
   */
  start(process: (delivery: StoredDelivery) => Promise<void>): void;
  /** Whether this inbox runs handlers (`consume`), or only stores for workers elsewhere. */
  readonly consumes: boolean;
  /** Deliveries whose handlers failed `maxAttempts` times, oldest first. */
  deadLetters(): Promise<StoredDelivery[]>;
  /** Runs a dead letter's handlers again (attempts start over); false when no dead letter has that id. */
  replay(id: string): Promise<boolean>;
  /** Deletes one dead letter, or every dead letter without an id; resolves to how many were deleted. */
  purge(id?: string): Promise<number>;
  /** Stops consuming (waiting for running handlers) and releases the storage. */
  close(): Promise<void>;
}

/** Options every inbox takes. */
export interface InboxOptions {
  /** Run handlers in this process (default true); false: only store, for workers elsewhere. */
  consume?: boolean;
  /** Deliveries whose handlers run at once in this process. Default 8. */
  concurrency?: number;
  /** Attempts before a delivery becomes a dead letter. Default 5. */
  maxAttempts?: number;
  /** Delay before the first retry; each next one doubles, up to 10 minutes. Default 1000 ms. */
  retryDelayMs?: number;
  /** How long handled deliveries are kept, so that a late retry of the vendor is recognised. Default 24 hours. */
  retentionMs?: number;
}

export const INBOX_DEFAULTS = {
  consume: true,
  concurrency: 8,
  maxAttempts: 5,
  retryDelayMs: 1000,
  retentionMs: 24 * 60 * 60 * 1000,
} as const;
const MAX_RETRY_DELAY_MS = 10 * 60 * 1000;

/** The delay before attempt `attempts + 1`, after `attempts` failed ones: exponential, capped at 10 minutes. */
export function retryDelay(attempts: number, retryDelayMs: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, retryDelayMs * 2 ** Math.max(0, attempts - 1));
}
