import { formatErrors } from './format-errors.js';
import type { CompiledValidator, ValidateOptions, ValidationResult, Vendor, WebhookEventMap, WebhookEventName } from './types.js';

/** The validator of one event, lenient (unknown properties allowed) or strict (rejected). */
export interface EventValidator<V extends Vendor, N extends WebhookEventName<V>> {
  readonly vendor: V;
  readonly name: N;
  /** Checks `payload` against this event's schema only. */
  validate(payload: unknown, options?: ValidateOptions): ValidationResult<V, N>;
  /** Type guard: true when `payload` is a valid (lenient) payload of this event. */
  is(payload: unknown): payload is WebhookEventMap[V][N];
}

/**
 * Wraps the precompiled function of one event into results with readable errors. `runStrict` comes from the
 * function's generated module: it runs the function with unknown properties rejected.
 */
export function createEventValidator<V extends Vendor, N extends WebhookEventName<V>>(
  vendor: V,
  name: N,
  compiled: CompiledValidator,
  runStrict: (validate: CompiledValidator, data: unknown) => boolean,
): EventValidator<V, N> {
  return {
    vendor,
    name,
    validate(payload, options) {
      if (options?.strict ? runStrict(compiled, payload) : compiled(payload)) return { ok: true, vendor, name, event: payload } as ValidationResult<V, N>;
      return { ok: false, vendor, name, errors: formatErrors(compiled.errors ?? [], payload) };
    },
    is(payload): payload is WebhookEventMap[V][N] {
      return compiled(payload);
    },
  };
}
