import { CUSTOM_KEYWORDS } from '@chat-webhooks/schema-toolkit';
import { bundleVendor } from './lib/bundle-schemas.ts';
import { closeObjects } from './lib/close-objects.ts';
import { compileVendorFactsType } from './lib/compile-vendor-facts-type.ts';
import { GENERATED_BANNER, runGenerator, type GeneratedFiles } from './lib/run-generator.ts';

// @chat-webhooks/schemas: every event's self-contained schema (and its strict flavour), its documented examples, and the vendor facts.
await runGenerator('@chat-webhooks/schemas', 'packages/schemas', async (catalog) => {
  const byVendor = <T>(pick: (vendor: (typeof catalog.vendors)[number]) => T) =>
    Object.fromEntries(catalog.vendors.map((vendor) => [vendor.id, pick(vendor)]));
  const names = byVendor((vendor) => vendor.events.map((event) => event.name));
  const schemas = byVendor((vendor) => Object.fromEntries(vendor.events.map((event) => [event.name, event.schema])));
  const strictSchemas = byVendor((vendor) => Object.fromEntries(vendor.events.map((event) => [event.name, closeObjects(event.schema)])));
  const examples = byVendor((vendor) =>
    Object.fromEntries(
      vendor.events.map((event) => [event.name, event.examples.map((example) => ({ name: example.name, body: example.text }))]),
    ),
  );
  const vendorBundles = byVendor((vendor) => bundleVendor(vendor.index));
  const facts = catalog.vendors.map((vendor) => vendor.facts);
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  // The vendor facts stand alone: @chat-webhooks/verify reads them without loading every schema.
  const vendorSource =
    GENERATED_BANNER +
    `import type { VendorFacts } from '../model.js';\n\n` +
    `export const eventNamesByVendor = ${json(names)} as const;\n\n` +
    `export type Vendor = keyof typeof eventNamesByVendor;\n` +
    `export type EventName<V extends Vendor = Vendor> = (typeof eventNamesByVendor)[V][number];\n\n` +
    `export const annotationKeywords = ${json(CUSTOM_KEYWORDS)} as const;\n\n` +
    `export const vendorFacts: readonly VendorFacts[] = ${json(facts)};\n`;
  const source =
    GENERATED_BANNER +
    `import type { EventExample, JsonSchema } from '../model.js';\n` +
    `import type { EventName, Vendor } from './vendors.js';\n\n` +
    `export const eventSchemas: { readonly [V in Vendor]: { readonly [N in EventName<V>]: JsonSchema } } = ${json(schemas)};\n\n` +
    `export const strictEventSchemas: { readonly [V in Vendor]: { readonly [N in EventName<V>]: JsonSchema } } = ${json(strictSchemas)};\n\n` +
    `export const eventExamples: { readonly [V in Vendor]: { readonly [N in EventName<V>]: readonly EventExample[] } } = ${json(examples)};\n`;
  // Apart from the events' own bundles: a tool that compiles a whole vendor at once loads only this.
  const bundleSource =
    GENERATED_BANNER +
    `import type { JsonSchema } from '../model.js';\nimport type { Vendor } from './vendors.js';\n\n` +
    `export const vendorBundles: { readonly [V in Vendor]: JsonSchema } = ${json(vendorBundles)};\n`;
  return new Map([
    ['vendors.ts', vendorSource],
    ['catalog.ts', source],
    ['vendor-bundles.ts', bundleSource],
    ['vendor-facts.ts', await compileVendorFactsType()],
  ]) satisfies GeneratedFiles;
});
