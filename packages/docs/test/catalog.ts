import { eventNames, getExamples, getSchema, vendors, type JsonSchema, type VendorFacts } from '@chat-webhooks/schemas';

/**
 * The events and vendor facts the pages are checked against, read from the published @chat-webhooks/schemas
 * (bundled from the canonical schemas), never from the docs model that made the pages.
 */
export interface CatalogEvent {
  vendor: string;
  name: string;
  /** `open_channel.create`: the page's file name. */
  slug: string;
  typeName: string;
  docsUrl: string;
  schema: JsonSchema;
  payloads: unknown[];
}

type Vendor = Parameters<typeof eventNames>[0];

export const catalogVendors: readonly VendorFacts[] = vendors;

export const catalogEvents: CatalogEvent[] = vendors.flatMap((facts) =>
  eventNames(facts.id as Vendor).map((name) => {
    const schema = getSchema(facts.id as Vendor, name as never);
    return {
      vendor: facts.id,
      name,
      slug: name.replaceAll(':', '.'),
      typeName: String(schema.title),
      docsUrl: String(schema['x-docs-url']),
      schema,
      payloads: getExamples(facts.id as Vendor, name as never).map((example) => JSON.parse(example.body) as unknown),
    };
  }),
);

/** The shared definitions of a vendor, as the bundled schemas carry them in `$defs` (by title). */
export function sharedDefinitions(vendor: string): Map<string, JsonSchema> {
  const definitions = new Map<string, JsonSchema>();
  for (const event of catalogEvents.filter((candidate) => candidate.vendor === vendor)) {
    for (const [title, definition] of Object.entries((event.schema.$defs ?? {}) as Record<string, JsonSchema>))
      definitions.set(title, definition);
  }
  return definitions;
}
