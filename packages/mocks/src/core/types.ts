import type { WebhookEventMap, WebhookEventName, Vendor } from '@chat-webhooks/types';

export type { Vendor, WebhookEventMap, WebhookEventName } from '@chat-webhooks/types';

/**
 * Overrides for a mock: every property optional at every depth; arrays are replaced as a whole; `undefined`
 * removes an optional property.
 */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | undefined } : T;

export interface MockOptions {
  /** Same seed, same payload, byte for byte, on every machine. Default: a fixed seed, so snapshots never flake. */
  seed?: number | string;
  /** Return the payload even when the overrides make it invalid (for negative tests). Default false: throw. */
  allowInvalid?: boolean;
}

/** Makes one event's payload. */
export type MockFactory<V extends Vendor, N extends WebhookEventName<V>> = (
  overrides?: DeepPartial<WebhookEventMap[V][N]>,
  options?: MockOptions,
) => WebhookEventMap[V][N];

/** The seed used when none is given. */
export const DEFAULT_SEED = 20240101;
