import type { VendorValidator } from './core/create-vendor-validator.js';
import type { InvalidResult, ParseOptions, ValidateOptions, ValidationResult, Vendor, WebhookEventMap, WebhookEventName } from './core/types.js';
import { checkOptions } from './core/options.js';
import { vendorValidators } from './generated/index.js';

export type { EventValidator } from './core/event-validator.js';
export type { VendorValidator } from './core/create-vendor-validator.js';
export type * from './core/types.js';
export { vendorValidators } from './generated/index.js';
export { decodeNexconnMessageContent, nexconnMessageContentTypes } from './core/nexconn-message-content.js';
export type * from './core/nexconn-message-content.js';

const byVendor = new Map(Object.entries(vendorValidators) as [string, VendorValidator<Vendor>][]);

function vendorValidator<V extends Vendor>(vendor: V): VendorValidator<V> | undefined {
  return byVendor.get(vendor) as VendorValidator<V> | undefined;
}

function unknownVendor<V extends Vendor>(vendor: V, options: ParseOptions | undefined): InvalidResult<V> {
  checkOptions(options);
  const known = Object.keys(vendorValidators).join(', ');
  return { ok: false, vendor, errors: [{ path: '', keyword: 'unknownVendor', message: `@chat-webhooks/validators: unknown vendor "${String(vendor)}"; known vendors: ${known}` }] };
}

/**
 * Picks the event by the vendor's discriminator, then checks the payload against that event only. A failed
 * result carries at most `options.maxErrors` (default 20) errors, with `truncated: true` when there were more.
 */
export function validate<V extends Vendor>(vendor: V, payload: unknown, options?: ValidateOptions): ValidationResult<V> {
  return vendorValidator(vendor)?.validate(payload, options) ?? unknownVendor(vendor, options);
}

/** Checks `payload` against one named event. */
export function validateEvent<V extends Vendor, N extends WebhookEventName<V>>(vendor: V, name: N, payload: unknown, options?: ValidateOptions): ValidationResult<V, N> {
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
export function isEvent<V extends Vendor, N extends WebhookEventName<V>>(vendor: V, name: N, payload: unknown): payload is WebhookEventMap[V][N] {
  return vendorValidator(vendor)?.isEvent(name, payload) ?? false;
}
