type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * quicktype has no intersection types and merges object unions into one class anyway, so an object with
 * variants (`properties` beside a `oneOf` of `$ref`s, as Sendbird's text, file and admin messages are written)
 * becomes one object here: its own properties plus every variant's, a property several variants declare as the
 * `oneOf` of their schemas (one `enum` when each is a `const`, as the discriminator is), required when the object
 * or every variant requires it. Every language then gets one class per event that parses every variant.
 * `variants` are the variants' definitions in the document, in `oneOf` order (the schema model names them); the
 * object is changed in place.
 */
export function flattenVariants(node: JsonObject, variants: readonly JsonObject[]): void {
  // A parent may declare nothing of its own (every property depends on the kind): it still becomes one class.
  const properties = isObject(node['properties']) ? node['properties'] : (node['properties'] = {});
  const declared = new Map<string, JsonObject[]>();
  for (const variant of variants) {
    for (const [name, schema] of Object.entries(isObject(variant['properties']) ? variant['properties'] : {})) {
      if (isObject(schema)) declared.set(name, [...(declared.get(name) ?? []), schema]);
    }
  }
  for (const [name, schemas] of declared) {
    const consts = schemas.every((schema) => 'const' in schema) ? schemas.map((schema) => schema['const']!) : undefined;
    properties[name] = consts ? { enum: consts } : schemas.length === 1 ? schemas[0]! : { oneOf: schemas };
  }
  const requiredBy = (schema: JsonObject) => (Array.isArray(schema['required']) ? schema['required'].map(String) : []);
  const everyVariantRequires = [...declared.keys()].filter((name) => variants.every((variant) => requiredBy(variant).includes(name)));
  node['required'] = [...new Set([...requiredBy(node), ...everyVariantRequires])];
  delete node['oneOf'];
}
