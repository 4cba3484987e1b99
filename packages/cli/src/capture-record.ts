import type { Vendor } from '@chat-webhooks/schemas';

/**
 * One line of a `chat-webhooks capture` file. The marker property comes first, so that a reader tells a record
 * from a bare payload by the start of the line; `validate` and `drift` read records as the body they carry.
 */
export interface CaptureRecord {
  /** Format version of the record. */
  chatWebhooksCapture: 1;
  /** ISO 8601, when the body was received. */
  receivedAt: string;
  vendor: Vendor;
  /** The discriminator's value, when the body had one. */
  event?: string;
  /** How the body validated at capture time: `drift` is valid but carries properties the schemas lack. */
  verdict: 'valid' | 'drift' | 'invalid' | 'unknown';
  /** What the receiver answered the vendor. */
  answer: { status: number; body: string };
  /** The request headers, with signatures and credentials replaced by "[redacted]". */
  headers: Record<string, string>;
  /** The raw body as text, when it is valid UTF-8 (as every JSON body should be) ... */
  body?: string;
  /** ... or else its bytes in base64, so that nothing is lost. */
  bodyBase64?: string;
}

const MARKER = /^\s*\{\s*"chatWebhooksCapture"\s*:/;

/** True when a line starts like a capture record (cheap: no parsing). */
export function looksLikeCaptureRecord(line: string): boolean {
  return MARKER.test(line.slice(0, 64));
}

/** The raw body a capture record carries, or undefined when the line is not a well-formed record. */
export function recordedBody(record: unknown): { body: string | Uint8Array; vendor?: string; receivedAt?: string } | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const { body, bodyBase64, vendor, receivedAt } = record as Partial<CaptureRecord>;
  const hint = { ...(typeof vendor === 'string' ? { vendor } : {}), ...(typeof receivedAt === 'string' ? { receivedAt } : {}) };
  if (typeof body === 'string') return { body, ...hint };
  if (typeof bodyBase64 === 'string') return { body: new Uint8Array(Buffer.from(bodyBase64, 'base64')), ...hint };
  return undefined;
}
