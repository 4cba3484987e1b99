import type { Vendor, WebhookEventMap, WebhookEventName } from '@chat-webhooks/types';

export type { Vendor, WebhookEventMap, WebhookEventName } from '@chat-webhooks/types';

/** One reason a payload is invalid. */
export interface ValidationError {
  /** JSON pointer into the payload ('' for the payload itself). */
  path: string;
  /** A sentence that makes sense without the schema open. */
  message: string;
  /** Machine-readable: a JSON Schema keyword (`type`, `required`, `additionalProperties`, ...) or one of ours (`unknownEvent`, `json`, `tooLarge`, ...). */
  keyword: string;
}

/** A valid payload, narrowed to its event: check `name` and `event` follows. */
export type ValidResult<V extends Vendor, N extends WebhookEventName<V> = WebhookEventName<V>> = {
  [K in N]: { ok: true; vendor: V; name: K; event: WebhookEventMap[V][K] };
}[N];

export interface InvalidResult<V extends Vendor = Vendor> {
  ok: false;
  vendor: V;
  /** The event the payload claims to be, when it names one (even one the vendor does not have). */
  name?: string;
  /** At most `maxErrors` (default 20) of the reasons, in the order the payload was checked. */
  errors: ValidationError[];
  /**
   * True when the payload had more errors than `errors` carries (see `maxErrors`); absent otherwise. Count
   * on `errors` for what to fix first, not for how broken a payload is.
   */
  truncated?: boolean;
}

export type ValidationResult<V extends Vendor = Vendor, N extends WebhookEventName<V> = WebhookEventName<V>> =
  | ValidResult<V, N>
  | InvalidResult<V>;

export interface ValidateOptions {
  /**
   * Reject properties the schema does not know, at every depth, all reported at once.
   * Off by default: vendors add fields without notice. Turn it on to detect drift in captured deliveries.
   */
  strict?: boolean;
  /**
   * A failed result carries at most this many errors, and `truncated: true` when there were more, so that
   * a hostile payload (500,000 invalid array items) gives a short answer to log or to send back.
   * A positive integer, or Infinity to keep every error (drift audits in strict mode); any other value
   * (NaN, 0, negative, fractional) throws a TypeError. Default 20.
   */
  maxErrors?: number;
}

export interface ParseOptions extends ValidateOptions {
  /**
   * Bodies larger than this many bytes are refused with keyword `tooLarge`. Default 1 MiB. A positive
   * integer; anything else (NaN, Infinity, 0, negative, fractional) throws a TypeError.
   */
  maxBytes?: number;
  /**
   * Objects and arrays nested deeper than this are refused with keyword `tooDeep`. Default 64. A positive
   * integer; anything else (NaN, Infinity, 0, negative, fractional) throws a TypeError.
   */
  maxDepth?: number;
}

/**
 * A generated fast path (scripts/lib/fast-path/): true exactly when the schema (as ajv reads it) accepts
 * `data`, lenient or (`strict` true) strict, without building any error.
 */
export type FastCheck = (data: unknown, strict: boolean) => boolean;

/** An error as ajv words it, and as the explainer (explain.ts) reports it: the fields read by format-errors.ts. */
export interface RawError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
