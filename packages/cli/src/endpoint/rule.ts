import { vendors, type Vendor } from '@chat-webhooks/schemas';

/** When a vendor gives no timeout, this one is assumed (and said so): the one every documented rule here uses. */
const ASSUMED_TIMEOUT_MS = 5000;

/** How a vendor sends one delivery: how long it waits for an answer, how often it sends, how far apart. */
export interface DeliveryRule {
  /** How long one send waits for an answer before it counts as none. */
  timeoutMs: number;
  /** Sends in all, the first included. */
  maxAttempts: number;
  /** From the start of one send to the start of the next, when the first got no answer. */
  intervalMs: number;
  /** One line for people: where the rule comes from and what in it is assumed. */
  summary: string;
}

/** Flags that replace parts of the vendor's rule (tests scale it down; users try stricter deadlines). */
export interface RuleOverrides {
  timeoutMs?: number;
  maxAttempts?: number;
  retryDelayMs?: number;
}

/**
 * The vendor's rule for one event, from vendor.json: synchronous events (Nexconn pre-messaging) follow their
 * decision deadline, the rest the vendor's retry facts. A retry is sent only when a send got no answer (a
 * timeout or a broken connection): an error status is an answer, and no vendor here documents retrying it.
 */
export function deliveryRule(vendor: Vendor, event: string | undefined, overrides: RuleOverrides = {}): DeliveryRule {
  const facts = vendors.find((candidate) => candidate.id === vendor)!;
  const decides = event !== undefined && facts.decisions?.events.includes(event) === true;
  const { retry } = facts;
  const documentedTimeoutMs = decides
    ? facts.decisions!.timeoutSeconds * 1000
    : retry.timeoutSeconds === undefined
      ? undefined
      : retry.timeoutSeconds * 1000;
  const retryDelayMs = decides ? 0 : (retry.retryDelaySeconds ?? 0) * 1000;
  // TalkPlus gives no timeout, only that its retry comes 5 s after the first send: that is when it stops waiting.
  const vendorTimeoutMs = documentedTimeoutMs ?? (retryDelayMs > 0 ? retryDelayMs : ASSUMED_TIMEOUT_MS);
  const vendorAttempts = decides ? (facts.decisions!.maxAttempts ?? 1) : retry.documented ? (retry.maxAttempts ?? 1) : 1;
  const timeoutMs = overrides.timeoutMs ?? vendorTimeoutMs;
  const maxAttempts = overrides.maxAttempts ?? vendorAttempts;
  const delayMs = overrides.retryDelayMs ?? retryDelayMs;

  const parts: string[] = [];
  if (documentedTimeoutMs !== undefined) parts.push(`${facts.name} waits ${documentedTimeoutMs} ms`);
  else if (retryDelayMs > 0)
    parts.push(`${facts.name} documents no timeout: ${vendorTimeoutMs} ms assumed (its retry comes ${retryDelayMs} ms after a send)`);
  else parts.push(`${facts.name} documents no timeout: ${vendorTimeoutMs} ms assumed`);
  if (decides || retry.documented) parts.push(`up to ${vendorAttempts} send(s)`);
  else parts.push('no retry documented: 1 send');
  if (retryDelayMs > 0) parts.push(`${retryDelayMs} ms apart`);
  const changed = [
    overrides.timeoutMs === undefined ? '' : `timeout ${timeoutMs} ms`,
    overrides.maxAttempts === undefined ? '' : `${maxAttempts} send(s)`,
    overrides.retryDelayMs === undefined ? '' : `retries ${delayMs} ms apart`,
  ].filter(Boolean);
  const summary = `${parts.join(', ')}${changed.length > 0 ? `; overridden by flags: ${changed.join(', ')}` : ''}`;
  return { timeoutMs, maxAttempts, intervalMs: Math.max(timeoutMs, delayMs), summary };
}
