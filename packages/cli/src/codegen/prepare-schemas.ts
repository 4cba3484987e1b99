import { eventNames, getSchema, getVendorSchema, vendors, type JsonSchema, type Vendor, type VendorFacts } from '@chat-webhooks/schemas';
import { flattenVariants } from './flatten-variants.js';
import { pascalCase, readSchemaModel, walkModel, type SchemaModel } from '@chat-webhooks/schema-toolkit';

/** One event of a vendor as the language renderers need it. */
export interface EventModel {
  /** The vendor's discriminator value, e.g. `open_channel:create`. */
  readonly name: string;
  /** The schema title, which is the type name, e.g. `SendbirdOpenChannelCreateEvent`. */
  readonly title: string;
}

/** An integer enum of the schemas (`type: integer` + `enum` + `x-enum-names`): quicktype turns it into a plain integer. */
export interface IntegerEnumModel {
  readonly title: string;
  readonly description: string | undefined;
  readonly members: readonly { readonly name: string; readonly value: number; readonly description: string | undefined }[];
}

/** Everything codegen knows about one vendor: its facts, its events, its integer enums and the document quicktype reads. */
export interface VendorModel {
  readonly facts: VendorFacts;
  readonly id: Vendor;
  /** Events in the stable order of `eventNames(vendor)`. */
  readonly events: readonly EventModel[];
  /** Integer enums by title, sorted by title. */
  readonly integerEnums: readonly IntegerEnumModel[];
  /** One JSON Schema whose `$defs` hold every event and every shared definition of the vendor, ready for quicktype. */
  readonly document: JsonSchema;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Keywords quicktype must not see: our annotations, examples, and `format` (a hint for docs and mocks that quicktype would turn into date or URI types). */
function isStrippedKeyword(keyword: string): boolean {
  return (
    keyword.startsWith('x-') ||
    keyword === '$schema' ||
    keyword === '$id' ||
    keyword === '$comment' ||
    keyword === 'examples' ||
    keyword === 'format'
  );
}

/** Keywords whose value is a map of names to schemas (the names are data, not keywords). */
const SCHEMA_MAPS = new Set(['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas']);
/** Keywords whose value is data, never a schema. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'required', 'examples']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of a schema without the keywords quicktype must not see. */
export function stripForQuicktype(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(stripForQuicktype);
  if (!isObject(schema)) return schema;
  const result: JsonObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (isStrippedKeyword(keyword)) continue;
    if (DATA_KEYWORDS.has(keyword)) {
      result[keyword] = value;
    } else if (SCHEMA_MAPS.has(keyword) && isObject(value)) {
      result[keyword] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripForQuicktype(sub)]));
    } else {
      result[keyword] = stripForQuicktype(value);
    }
  }
  return result;
}

/**
 * Gives every untitled inline enum the title `<ParentTitle><PropertyName>` (e.g. `SendbirdMessageChangeKey`),
 * so quicktype names it after its owner instead of a bare `Key` that could clash between events.
 */
function titleInlineEnums(schema: JsonObject, ownerTitle: string, taken: Set<string>): void {
  const properties = schema['properties'];
  if (!isObject(properties)) return;
  for (const [property, sub] of Object.entries(properties)) {
    if (!isObject(sub)) continue;
    const target = isObject(sub['items']) ? sub['items'] : sub;
    if (Array.isArray(target['enum']) && target['title'] === undefined && target['$ref'] === undefined) {
      const title = `${ownerTitle}${pascalCase(property)}`;
      if (!taken.has(title)) {
        target['title'] = title;
        taken.add(title);
      }
    }
    if (typeof target['title'] === 'string' && isObject(target['properties'])) {
      titleInlineEnums(target, target['title'], taken);
    }
  }
}

/**
 * Generated types are closed (README "Conventions"): every object that lists its properties and says nothing
 * about others gets `additionalProperties: false`, so quicktype adds no catch-all map or index signature.
 * The parsers of every language still ignore unknown properties, since vendors add fields without notice.
 */
function closeObjects(schema: Json): void {
  if (Array.isArray(schema)) {
    for (const item of schema) closeObjects(item);
    return;
  }
  if (!isObject(schema)) return;
  if (isObject(schema['properties']) && schema['additionalProperties'] === undefined) schema['additionalProperties'] = false;
  for (const [keyword, value] of Object.entries(schema)) {
    if (!DATA_KEYWORDS.has(keyword)) closeObjects(value);
  }
}

/** The titled integer enums of the vendor's schemas (named `$defs` by convention), each member named. */
function integerEnumsOf(model: SchemaModel): IntegerEnumModel[] {
  const found = new Map<string, IntegerEnumModel>();
  for (const definition of model.definitions.values()) {
    walkModel(definition, (node) => {
      if (node.kind !== 'enum' || node.title === undefined || node.types.length !== 1 || node.types[0] !== 'integer') return;
      found.set(node.title, {
        title: node.title,
        description: node.description,
        members: node.members.map(({ value, name, description }) => ({
          name: name === undefined ? `Value${String(value)}` : pascalCase(name),
          value: Number(value),
          description,
        })),
      });
    });
  }
  return [...found.values()].sort((a, b) => (a.title < b.title ? -1 : 1));
}

/**
 * Builds the vendor model from the vendor's bundle in `@chat-webhooks/schemas`: every event and every shared
 * definition in one document, so a definition shared by several events (SendbirdUser) becomes one type, and
 * each event stays its own definition so quicktype gives it its own top-level type.
 */
export function buildVendorModel(vendor: Vendor): VendorModel {
  const facts = vendors.find((candidate) => candidate.id === vendor);
  if (facts === undefined) {
    throw new TypeError(`chat-webhooks codegen: unknown vendor "${vendor}"; known vendors: ${vendors.map((v) => v.id).join(', ')}`);
  }
  const bundle = getVendorSchema(vendor);
  // The typed model says which definitions have variants and which are integer enums; the JSON (a copy) is what
  // quicktype reads, reshaped below.
  const model = readSchemaModel(bundle);
  const definitions = structuredClone(bundle.$defs) as { [title: string]: JsonObject };
  const events: EventModel[] = eventNames(vendor).map((name) => ({ name, title: getSchema(vendor, name).title as string }));
  for (const [title, definition] of Object.entries(definitions)) {
    const node = model.definition(title);
    if (node.kind === 'variants')
      flattenVariants(
        definition,
        node.variants.map((variant) => definitions[variant.title]!),
      );
  }
  const taken = new Set(Object.keys(definitions));
  for (const [title, definition] of Object.entries(definitions).sort(([a], [b]) => (a < b ? -1 : 1))) {
    titleInlineEnums(definition, title, taken);
  }
  const document = stripForQuicktype({
    $defs: Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  }) as JsonObject;
  closeObjects(document);
  return {
    facts,
    id: vendor,
    events,
    integerEnums: integerEnumsOf(model),
    document,
  };
}
