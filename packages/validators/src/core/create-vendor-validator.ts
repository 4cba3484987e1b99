import type { EventValidator } from './event-validator.js';
import { describeValue } from './describe-value.js';
import { checkOptions } from './options.js';
import { createWebhookSchema, type WebhookSchema } from './standard-schema.js';
import { parseJsonBody, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from './parse-json-body.js';
import type { InvalidResult, ParseOptions, ValidateOptions, ValidationError, ValidationResult, Vendor, WebhookEventMap, WebhookEventName } from './types.js';

export type EventValidators<V extends Vendor> = { readonly [N in WebhookEventName<V>]: EventValidator<V, N> };

/** Everything one vendor's payloads can be checked with. Methods do not use `this`: destructure freely. */
export interface VendorValidator<V extends Vendor> {
  readonly vendor: V;
  /** The property whose value names the event (`category`, `event`, `type`). */
  readonly discriminator: string;
  readonly eventNames: readonly WebhookEventName<V>[];
  /**
   * Picks the event by the discriminator, then checks the payload against that event only.
   * Throws a TypeError on an invalid numeric option (`maxErrors`), never on the payload.
   */
  validate(payload: unknown, options?: ValidateOptions): ValidationResult<V>;
  /** Checks `payload` against event `name`. */
  validateEvent<N extends WebhookEventName<V>>(name: N, payload: unknown, options?: ValidateOptions): ValidationResult<V, N>;
  /**
   * Parses a raw body safely (size, UTF-8, JSON, depth, prototype keys), then validates. Never throws on the
   * body; throws a TypeError on an invalid numeric option (`maxBytes`, `maxDepth`, `maxErrors`).
   */
  parseWebhook(body: string | Uint8Array, options?: ParseOptions): ValidationResult<V>;
  /** Type guard for one event (lenient). */
  isEvent<N extends WebhookEventName<V>>(name: N, payload: unknown): payload is WebhookEventMap[V][N];
  /**
   * Every event of the vendor as one Standard Schema v1, picking the event by the discriminator as `validate`
   * does (lenient; `.strict` rejects unknown properties).
   */
  readonly schema: WebhookSchema<WebhookEventMap[V][WebhookEventName<V>]>;
  /**
   * Event `name` as a Standard Schema v1. Throws a TypeError when the vendor has no such event: a schema is
   * set up once, and one that refused every payload would fail quietly, request after request.
   */
  eventSchema<N extends WebhookEventName<V>>(name: N): WebhookSchema<WebhookEventMap[V][N]>;
}

export function createVendorValidator<V extends Vendor>(vendor: V, discriminator: string, events: EventValidators<V>): VendorValidator<V> {
  const eventNames = Object.keys(events) as WebhookEventName<V>[];
  // A Map: event names such as "open_channel:create" would make an object lookup slow, and a Map has no prototype.
  const byName = new Map<string, EventValidator<V, WebhookEventName<V>>>(Object.entries(events));
  const invalid = (error: ValidationError, name?: string): InvalidResult<V> => ({ ok: false, vendor, ...(name === undefined ? {} : { name }), errors: [error] });
  const unknownEvent = (name: string): InvalidResult<V> =>
    invalid({ path: `/${discriminator}`, keyword: 'unknownEvent', message: `${vendor} has no event "${name}"; its events are: ${eventNames.join(', ')}` }, name);

  const validateEvent = <N extends WebhookEventName<V>>(name: N, payload: unknown, options?: ValidateOptions): ValidationResult<V, N> => {
    const event = byName.get(name);
    if (!event) checkOptions(options);
    return event ? (event.validate(payload, options) as ValidationResult<V, N>) : unknownEvent(name);
  };

  // Options are checked by the callers (validate, parseWebhook) and again by the event's own validator.
  const dispatch = (payload: unknown, options: ValidateOptions | undefined): ValidationResult<V> => {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return invalid({ path: '', keyword: 'type', message: `the payload must be an object, got ${describeValue(payload)}` });
    }
    const name = Object.hasOwn(payload, discriminator) ? (payload as Record<string, unknown>)[discriminator] : undefined;
    if (typeof name !== 'string') {
      return name === undefined
        ? invalid({ path: `/${discriminator}`, keyword: 'required', message: `the payload is missing "${discriminator}", the property that names a ${vendor} event` })
        : invalid({ path: `/${discriminator}`, keyword: 'type', message: `/${discriminator} must be a string naming a ${vendor} event, got ${describeValue(name)}` });
    }
    return validateEvent(name as WebhookEventName<V>, payload, options);
  };

  const validate = (payload: unknown, options?: ValidateOptions): ValidationResult<V> => {
    checkOptions(options);
    return dispatch(payload, options);
  };

  return {
    vendor,
    discriminator,
    eventNames,
    validate,
    validateEvent,
    schema: createWebhookSchema<WebhookEventMap[V][WebhookEventName<V>]>(validate),
    eventSchema<N extends WebhookEventName<V>>(name: N): WebhookSchema<WebhookEventMap[V][N]> {
      const event = byName.get(name);
      if (!event) throw new TypeError(`@chat-webhooks/validators: ${vendor} has no event "${String(name)}"; its events are: ${eventNames.join(', ')}`);
      return event.schema as WebhookSchema<WebhookEventMap[V][N]>;
    },
    parseWebhook(body, options) {
      checkOptions(options);
      const parsed = parseJsonBody(body, { maxBytes: options?.maxBytes ?? DEFAULT_MAX_BYTES, maxDepth: options?.maxDepth ?? DEFAULT_MAX_DEPTH });
      return parsed.ok ? dispatch(parsed.value, options) : invalid(parsed.error);
    },
    isEvent<N extends WebhookEventName<V>>(name: N, payload: unknown): payload is WebhookEventMap[V][N] {
      return byName.get(name)?.is(payload) ?? false;
    },
  };
}
