import type { VendorValidator } from './core/create-vendor-validator.js';
import type {
  InvalidResult,
  ParseOptions,
  ValidateOptions,
  ValidationResult,
  Vendor,
  WebhookEventMap,
  WebhookEventName,
} from './core/types.js';
import { checkOptions } from './core/options.js';
import type { WebhookSchema } from './core/standard-schema.js';
import { eventValidatorsByVendor, vendorValidators } from './generated/index.js';

export type { EventValidator } from './core/event-validator.js';
export type { VendorValidator } from './core/create-vendor-validator.js';
export type * from './core/types.js';
export type { StandardSchemaV1, WebhookSchema, WebhookSchemaProps } from './core/standard-schema.js';
export { vendorValidators } from './generated/index.js';
export { decodeNexconnMessageContent, nexconnMessageContentTypes } from './core/nexconn-message-content.js';
export type * from './core/nexconn-message-content.js';

// No prototype: `byVendor[vendor]` is one keyed read, and "constructor" or "__proto__" find nothing.
const byVendor: Readonly<Record<string, VendorValidator<Vendor> | undefined>> = Object.assign(Object.create(null), vendorValidators);

function vendorValidator<V extends Vendor>(vendor: V): VendorValidator<V> | undefined {
  return (typeof vendor === 'string' ? byVendor[vendor] : undefined) as VendorValidator<V> | undefined;
}

const unknownVendorMessage = (vendor: unknown) =>
  `@chat-webhooks/validators: unknown vendor "${String(vendor)}"; known vendors: ${Object.keys(vendorValidators).join(', ')}`;

function unknownVendor<V extends Vendor>(vendor: V, options: ParseOptions | undefined): InvalidResult<V> {
  checkOptions(options);
  return { ok: false, vendor, errors: [{ path: '', keyword: 'unknownVendor', message: unknownVendorMessage(vendor) }] };
}

/**
 * Picks the event by the vendor's discriminator, then checks the payload against that event only. A failed
 * result carries at most `options.maxErrors` (default 20) errors, with `truncated: true` when there were more.
 */
export function validate<V extends Vendor>(vendor: V, payload: unknown, options?: ValidateOptions): ValidationResult<V> {
  return vendorValidator(vendor)?.validate(payload, options) ?? unknownVendor(vendor, options);
}

/** Checks `payload` against one named event. */
export function validateEvent<V extends Vendor, N extends WebhookEventName<V>>(
  vendor: V,
  name: N,
  payload: unknown,
  options?: ValidateOptions,
): ValidationResult<V, N> {
  const events = typeof vendor === 'string' ? eventValidatorsByVendor[vendor] : undefined;
  const validate = events !== undefined && typeof name === 'string' ? events[name] : undefined;
  if (validate !== undefined) return validate(payload, options) as ValidationResult<V, N>;
  // An unknown vendor or event: the slow path words the error.
  return vendorValidator(vendor)?.validateEvent(name, payload, options) ?? unknownVendor(vendor, options);
}

/**
 * Parses a raw request body (string or bytes) and validates it. Never throws on the body: oversized,
 * non-UTF-8, non-JSON, too deeply nested or prototype-polluting bodies come back as `ok: false` with keyword
 * `tooLarge`, `encoding`, `json`, `tooDeep` or `prototype`. Throws a TypeError when a numeric option
 * (`maxBytes`, `maxDepth`, `maxErrors`) is not a positive integer (`maxErrors` may be Infinity).
 */
export function parseWebhook<V extends Vendor>(vendor: V, body: string | Uint8Array, options?: ParseOptions): ValidationResult<V> {
  return vendorValidator(vendor)?.parseWebhook(body, options) ?? unknownVendor(vendor, options);
}

/** Type guard: `payload` is a valid payload of event `name` of `vendor`. */
export function isEvent<V extends Vendor, N extends WebhookEventName<V>>(
  vendor: V,
  name: N,
  payload: unknown,
): payload is WebhookEventMap[V][N] {
  return vendorValidator(vendor)?.isEvent(name, payload) ?? false;
}

/**
 * A Standard Schema v1 of every event of `vendor` (picked by its discriminator, as `validate` does), or of
 * event `name` only: `sValidator('json', webhookSchema('talkplus'))` in Hono. Lenient; `.strict` rejects unknown
 * properties. Throws a TypeError on an unknown vendor or event: a schema is set up once, and one that refused
 * every payload would fail quietly, request after request. Its `validate` never throws.
 */
export function webhookSchema<V extends Vendor>(vendor: V): WebhookSchema<WebhookEventMap[V][WebhookEventName<V>]>;
export function webhookSchema<V extends Vendor, N extends WebhookEventName<V>>(vendor: V, name: N): WebhookSchema<WebhookEventMap[V][N]>;
export function webhookSchema<V extends Vendor>(
  vendor: V,
  name?: WebhookEventName<V>,
): WebhookSchema<WebhookEventMap[V][WebhookEventName<V>]> {
  const validator = vendorValidator(vendor);
  if (!validator) throw new TypeError(unknownVendorMessage(vendor));
  return name === undefined ? validator.schema : validator.eventSchema(name);
}
