import { describeValue } from './describe-value.js';
import { checkOptions } from './options.js';
import { createWebhookSchema, type WebhookSchema } from './standard-schema.js';
import { lookupByName } from './event-lookup.js';
import { BodyRefusal, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, readJsonBody } from './parse-json-body.js';
import type {
  FastCheck,
  InvalidResult,
  ParseOptions,
  ValidateOptions,
  ValidationError,
  ValidationResult,
  Vendor,
  WebhookEventMap,
  WebhookEventName,
} from './types.js';

type ValidateFunction<V extends Vendor> = (payload: unknown, options?: ValidateOptions) => ValidationResult<V>;

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

/** A vendor's `validateEvent` without the vendor: the generated module gives each vendor a function of its own. */
export type ValidateEventByName<V extends Vendor> = VendorValidator<V>['validateEvent'];

/**
 * A table keyed by event name with no prototype, so that `table[name]` is one keyed read and names such as
 * "constructor" or "__proto__" find nothing.
 */
export function eventTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** The result of `validateEvent` for a name the vendor does not have (options are checked all the same). */
export function unknownEvent<V extends Vendor>(
  vendor: V,
  discriminator: string,
  table: object,
  name: unknown,
  options: ValidateOptions | undefined,
): InvalidResult<V> {
  checkOptions(options);
  const message = `${vendor} has no event "${String(name)}"; its events are: ${Object.keys(table).join(', ')}`;
  return { ok: false, vendor, name: name as string, errors: [{ path: `/${discriminator}`, keyword: 'unknownEvent', message }] };
}

/**
 * The validator of one vendor, around its generated `validateEvent` (a table read and a call, per vendor, so
 * that its call sites see that vendor's events only and do not share one closure's feedback with the others).
 * `validate` and `parseWebhook` find the event by a name read from the payload, a fresh string: they look it up
 * with lookupByName, which does not hash it, and leave validateEvent to word a name the vendor does not have.
 * It takes each event's `validate<Type>` (the table validateEvent reads) and fast path (isEvent's), not its
 * EventValidator, and makes an event's Standard Schema when asked: a bundle of the vendor's dispatcher then
 * carries no per-event objects and no `is<Type>` it does not use.
 */
export function createVendorValidator<V extends Vendor>(
  vendor: V,
  discriminator: string,
  validateByName: Readonly<Record<string, ValidateFunction<V> | undefined>>,
  checks: Readonly<Record<WebhookEventName<V>, FastCheck>>,
  validateEvent: ValidateEventByName<V>,
): VendorValidator<V> {
  const eventNames = Object.keys(validateByName) as WebhookEventName<V>[];
  const checkByName = eventTable<FastCheck>(checks);
  const schemas: Record<string, WebhookSchema<unknown> | undefined> = Object.create(null);
  const invalid = (error: ValidationError): InvalidResult<V> => ({ ok: false, vendor, errors: [error] });
  const eventNamed = lookupByName(validateByName);

  // Options are checked by the callers (validate, parseWebhook) and again by the event's own validator.
  const dispatch = (payload: unknown, options: ValidateOptions | undefined): ValidationResult<V> => {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return invalid({ path: '', keyword: 'type', message: `the payload must be an object, got ${describeValue(payload)}` });
    }
    const name = Object.hasOwn(payload, discriminator) ? (payload as Record<string, unknown>)[discriminator] : undefined;
    if (typeof name !== 'string') {
      return name === undefined
        ? invalid({
            path: `/${discriminator}`,
            keyword: 'required',
            message: `the payload is missing "${discriminator}", the property that names a ${vendor} event`,
          })
        : invalid({
            path: `/${discriminator}`,
            keyword: 'type',
            message: `/${discriminator} must be a string naming a ${vendor} event, got ${describeValue(name)}`,
          });
    }
    // The event's own validator, found without hashing the name; an unknown name goes to validateEvent to be worded.
    const validateNamed = eventNamed(name);
    return validateNamed === undefined ? validateEvent(name as WebhookEventName<V>, payload, options) : validateNamed(payload, options);
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
      const validateNamed = typeof name === 'string' ? validateByName[name] : undefined;
      if (!validateNamed)
        throw new TypeError(
          `@chat-webhooks/validators: ${vendor} has no event "${String(name)}"; its events are: ${eventNames.join(', ')}`,
        );
      // Made on first use and kept, so that asking twice gives the same schema.
      schemas[name] ??= createWebhookSchema(validateNamed);
      return schemas[name] as WebhookSchema<WebhookEventMap[V][N]>;
    },
    parseWebhook(body, options) {
      checkOptions(options);
      const value = readJsonBody(body, options?.maxBytes ?? DEFAULT_MAX_BYTES, options?.maxDepth ?? DEFAULT_MAX_DEPTH);
      return value instanceof BodyRefusal ? invalid(value.error) : dispatch(value, options);
    },
    isEvent<N extends WebhookEventName<V>>(name: N, payload: unknown): payload is WebhookEventMap[V][N] {
      const check = typeof name === 'string' ? checkByName[name] : undefined;
      return check?.(payload, false) === true;
    },
  };
}
