import { formatSomeErrors } from './format-errors.js';
import { DEFAULT_MAX_ERRORS } from './options.js';
import type { WebhookSchema } from './standard-schema.js';
import type { CompiledValidator, InvalidResult, ValidateOptions, ValidationResult, Vendor, WebhookEventMap, WebhookEventName } from './types.js';

export { checkOptions } from './options.js';
export { createWebhookSchema } from './standard-schema.js';

/** The validators of one event, as the generated `validate<Type>` and `is<Type>` functions provide them. */
export interface EventValidator<V extends Vendor, N extends WebhookEventName<V>> {
  readonly vendor: V;
  readonly name: N;
  /** Checks `payload` against this event's schema only. */
  validate(payload: unknown, options?: ValidateOptions): ValidationResult<V, N>;
  /** Type guard: true when `payload` is a valid (lenient) payload of this event. */
  is(payload: unknown): payload is WebhookEventMap[V][N];
  /** This event as a Standard Schema v1 (lenient; `.strict` rejects unknown properties). */
  readonly schema: WebhookSchema<WebhookEventMap[V][N]>;
}

/**
 * The result of a failed validation, with ajv's errors (left on the compiled function) in readable form:
 * at most `options.maxErrors` of them (checked by the caller), with `truncated: true` when there were more.
 */
export function invalidResult<V extends Vendor>(vendor: V, name: string, compiled: CompiledValidator, payload: unknown, options?: ValidateOptions): InvalidResult<V> {
  const { errors, truncated } = formatSomeErrors(compiled.errors ?? [], payload, options?.maxErrors ?? DEFAULT_MAX_ERRORS);
  return truncated ? { ok: false, vendor, name, errors, truncated } : { ok: false, vendor, name, errors };
}
