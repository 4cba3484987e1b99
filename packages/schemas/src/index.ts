import { eventExamples, eventSchemas, strictEventSchemas } from './generated/catalog.js';
import { vendorBundles } from './generated/vendor-bundles.js';
import { eventNamesByVendor, type EventName, type Vendor } from './generated/vendors.js';
import type { EventExample, JsonSchema } from './model.js';

export type { EventExample, JsonSchema } from './model.js';
export { customKeywords, vendors, type EventName, type Vendor, type VendorFacts } from './vendors.js';

/** The names of a vendor's events (its discriminator values), in a stable order. */
export function eventNames<V extends Vendor>(vendor: V): readonly EventName<V>[] {
  return knownVendor(vendor) ? (eventNamesByVendor[vendor] as readonly EventName<V>[]) : [];
}

/**
 * The self-contained JSON Schema (draft 2020-12, no references to other files) of one event.
 * Canonical schemas accept unknown properties (vendors add fields without notice); with `{ strict: true }`
 * every object rejects properties the schema does not list: run it on captured deliveries to detect drift.
 */
export function getSchema<V extends Vendor>(vendor: V, name: EventName<V>, options?: { strict?: boolean }): JsonSchema {
  return lookup(options?.strict ? strictEventSchemas : eventSchemas, vendor, name);
}

/** The payloads the vendor's documentation shows for one event. */
export function getExamples<V extends Vendor>(vendor: V, name: EventName<V>): readonly EventExample[] {
  return lookup(eventExamples, vendor, name);
}

/**
 * One JSON Schema holding every event and every shared definition of `vendor` in `$defs`, by title
 * (`#/$defs/SendbirdUser`), each shared definition once: for tools that compile a whole vendor at once
 * (other languages' types, code generators). Events are `$defs` entries too; nothing is at the root.
 */
export function getVendorSchema(vendor: Vendor): JsonSchema {
  if (!knownVendor(vendor))
    throw new TypeError(
      `@chat-webhooks/schemas: unknown vendor "${String(vendor)}"; known vendors: ${Object.keys(eventNamesByVendor).join(', ')}`,
    );
  return vendorBundles[vendor];
}

function knownVendor(vendor: string): vendor is Vendor {
  return Object.hasOwn(eventNamesByVendor, vendor);
}

function lookup<T>(table: { readonly [V in Vendor]: Readonly<Record<string, T>> }, vendor: string, name: string): T {
  if (!knownVendor(vendor)) {
    throw new TypeError(`@chat-webhooks/schemas: unknown vendor "${vendor}"; known vendors: ${Object.keys(eventNamesByVendor).join(', ')}`);
  }
  const events = table[vendor];
  if (!Object.hasOwn(events, name)) {
    throw new TypeError(`@chat-webhooks/schemas: ${vendor} has no event "${name}"; its events: ${eventNamesByVendor[vendor].join(', ')}`);
  }
  return events[name]!;
}
