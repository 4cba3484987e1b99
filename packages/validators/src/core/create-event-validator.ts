import { formatErrors } from './format-errors.js';
import type { CompiledValidator, ValidateOptions, ValidationResult, Vendor, WebhookEventMap, WebhookEventName } from './types.js';

/** The validators of one event: lenient (unknown properties allowed) and strict (rejected). */
export interface EventValidator<V extends Vendor, N extends WebhookEventName<V>> {
  readonly vendor: V;
  readonly name: N;
  /** Checks `payload` against this event's schema only. */
  validate(payload: unknown, options?: ValidateOptions): ValidationResult<V, N>;
  /** Type guard: true when `payload` is a valid (lenient) payload of this event. */
  is(payload: unknown): payload is WebhookEventMap[V][N];
}

/** Wraps the two precompiled functions of one event into results with readable errors. */
export function createEventValidator<V extends Vendor, N extends WebhookEventName<V>>(
  vendor: V,
  name: N,
  lenient: CompiledValidator,
  strict: CompiledValidator,
): EventValidator<V, N> {
  return {
    vendor,
    name,
    validate(payload, options) {
      const compiled = options?.strict ? strict : lenient;
      if (compiled(payload)) return { ok: true, vendor, name, event: payload } as ValidationResult<V, N>;
      return { ok: false, vendor, name, errors: formatErrors(compiled.errors ?? [], payload) };
    },
    is(payload): payload is WebhookEventMap[V][N] {
      return lenient(payload);
    },
  };
}
