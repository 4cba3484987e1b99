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
  errors: ValidationError[];
}

export type ValidationResult<V extends Vendor = Vendor, N extends WebhookEventName<V> = WebhookEventName<V>> = ValidResult<V, N> | InvalidResult<V>;

export interface ValidateOptions {
  /**
   * Reject properties the schema does not know, at every depth, all reported at once.
   * Off by default: vendors add fields without notice. Turn it on to detect drift in captured deliveries.
   */
  strict?: boolean;
}

export interface ParseOptions extends ValidateOptions {
  /** Bodies larger than this many bytes are refused with keyword `tooLarge`. Default 1 MiB. */
  maxBytes?: number;
  /** Objects and arrays nested deeper than this are refused with keyword `tooDeep`. Default 64. */
  maxDepth?: number;
}

/** The shape of a function compiled by ajv (standalone code): true or false, errors on the function. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: RawError[] | null;
}

/** The fields of an ajv error object that we read. */
export interface RawError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
