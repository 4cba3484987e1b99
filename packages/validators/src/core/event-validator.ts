import type { Explain } from './explain.js';
import { formatSomeErrors } from './format-errors.js';
import { checkOptions, DEFAULT_MAX_ERRORS } from './options.js';
import type { WebhookSchema } from './standard-schema.js';
import type { FastCheck, InvalidResult, ValidateOptions, ValidationResult, Vendor, WebhookEventMap, WebhookEventName } from './types.js';

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
 * `validate<Type>` past its fast path: called with options (checked, then the fast path in the flavour they ask
 * for), or for a payload the lenient fast path rejected. Shared by every event, which keeps each event's own
 * code to the common call (no options, a valid payload) inline; the price is one indirect call of the check
 * when options are passed.
 */
export function validateSlowly<V extends Vendor, N extends WebhookEventName<V>>(
  vendor: V,
  name: N,
  check: FastCheck,
  explain: Explain,
  payload: unknown,
  options: ValidateOptions | undefined,
): ValidationResult<V, N> {
  if (options !== undefined) {
    checkOptions(options);
    if (check(payload, !!options?.strict)) return { ok: true, vendor, name, event: payload } as ValidationResult<V, N>;
  }
  return explainFailure(vendor, name, explain, payload, options);
}

/**
 * The result of a payload the fast path rejected: the explaining interpreter (explain.ts) runs now, and only now,
 * to say why. The two agree on every payload (test/fast-path.test.ts); were they ever to differ, a payload with
 * nothing to explain is accepted, as the schema says.
 */
function explainFailure<V extends Vendor, N extends WebhookEventName<V>>(
  vendor: V,
  name: N,
  explain: Explain,
  payload: unknown,
  options?: ValidateOptions,
): ValidationResult<V, N> {
  const maxErrors = options?.maxErrors ?? DEFAULT_MAX_ERRORS;
  // The explainer stops at one error more than kept: enough to tell whether there were more.
  const errors = explain(payload, !!options?.strict, maxErrors);
  if (errors.length === 0) return { ok: true, vendor, name, event: payload } as ValidationResult<V, N>;
  const { errors: worded, truncated } = formatSomeErrors(errors, payload, maxErrors);
  return (
    truncated ? { ok: false, vendor, name, errors: worded, truncated } : { ok: false, vendor, name, errors: worded }
  ) as InvalidResult<V>;
}
