import { formatSomeErrors } from './format-errors.js';
import { checkOptions, DEFAULT_MAX_ERRORS } from './options.js';
import type { WebhookSchema } from './standard-schema.js';
import type {
  CompiledValidator,
  FastCheck,
  InvalidResult,
  ValidateOptions,
  ValidationResult,
  Vendor,
  WebhookEventMap,
  WebhookEventName,
} from './types.js';

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
 * `validate<Type>` given options: checked, then the fast path in the flavour they ask for. Shared by every event
 * (the generated function keeps only the call without options, the common one, inline), which keeps each
 * event's code small; the price is one indirect call of the check when options are passed.
 */
export function validateWithOptions<V extends Vendor, N extends WebhookEventName<V>>(
  vendor: V,
  name: N,
  check: FastCheck,
  compiled: CompiledValidator,
  runStrict: (validate: CompiledValidator, data: unknown) => boolean,
  payload: unknown,
  options: ValidateOptions,
): ValidationResult<V, N> {
  checkOptions(options);
  return check(payload, !!options?.strict)
    ? ({ ok: true, vendor, name, event: payload } as ValidationResult<V, N>)
    : explainFailure(vendor, name, compiled, runStrict, payload, options);
}

/**
 * The result of a payload the fast path rejected: ajv's compiled validator (the explaining one) runs now, and
 * only now, to say why. The two agree on every payload (test/fast-path.test.ts); were they ever to differ,
 * ajv's verdict is the one returned, as before the fast path existed.
 */
export function explainFailure<V extends Vendor, N extends WebhookEventName<V>>(
  vendor: V,
  name: N,
  compiled: CompiledValidator,
  runStrict: (validate: CompiledValidator, data: unknown) => boolean,
  payload: unknown,
  options?: ValidateOptions,
): ValidationResult<V, N> {
  const valid = options?.strict ? runStrict(compiled, payload) : compiled(payload);
  return valid
    ? ({ ok: true, vendor, name, event: payload } as ValidationResult<V, N>)
    : invalidResult(vendor, name, compiled, payload, options);
}

/**
 * The result of a failed validation, with ajv's errors (left on the compiled function) in readable form:
 * at most `options.maxErrors` of them (checked by the caller), with `truncated: true` when there were more.
 */
export function invalidResult<V extends Vendor>(
  vendor: V,
  name: string,
  compiled: CompiledValidator,
  payload: unknown,
  options?: ValidateOptions,
): InvalidResult<V> {
  const { errors, truncated } = formatSomeErrors(compiled.errors ?? [], payload, options?.maxErrors ?? DEFAULT_MAX_ERRORS);
  return truncated ? { ok: false, vendor, name, errors, truncated } : { ok: false, vendor, name, errors };
}
