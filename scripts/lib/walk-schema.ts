/** A JSON Schema node as it sits in a file: always an object in our subset (booleans only as `additionalProperties`). */
export type SchemaNode = { [keyword: string]: unknown };

/** Keywords whose value is a map of name -> subschema. */
const SCHEMA_MAPS = ['properties', '$defs'] as const;
/** Keywords whose value is one subschema. */
const SCHEMA_VALUES = ['items', 'additionalProperties'] as const;
/** Keywords whose value is an array of subschemas. */
const SCHEMA_ARRAYS = ['oneOf', 'anyOf', 'allOf'] as const;

export function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Calls `visit` for `node` and every subschema below it, depth first, with the JSON pointer of each.
 * Only keywords that hold subschemas are descended into, so `const`, `enum` and `examples` values are
 * never mistaken for schemas.
 */
export function walkSchema(node: SchemaNode, visit: (node: SchemaNode, pointer: string) => void, pointer = ''): void {
  visit(node, pointer);
  for (const keyword of SCHEMA_MAPS) {
    const map = node[keyword];
    if (!isSchemaNode(map)) continue;
    for (const [name, child] of Object.entries(map)) {
      if (isSchemaNode(child)) walkSchema(child, visit, `${pointer}/${keyword}/${pointerSegment(name)}`);
    }
  }
  for (const keyword of SCHEMA_VALUES) {
    const child = node[keyword];
    if (isSchemaNode(child)) walkSchema(child, visit, `${pointer}/${keyword}`);
  }
  for (const keyword of SCHEMA_ARRAYS) {
    const list = node[keyword];
    if (!Array.isArray(list)) continue;
    list.forEach((child, index) => {
      if (isSchemaNode(child)) walkSchema(child, visit, `${pointer}/${keyword}/${index}`);
    });
  }
}

/**
 * Returns a deep copy of `node` with `transform` applied to every subschema (children first); `pointer` is
 * where each subschema sits in `node`.
 */
export function mapSchema(node: SchemaNode, transform: (node: SchemaNode, pointer: string) => SchemaNode, pointer = ''): SchemaNode {
  const copy: SchemaNode = { ...node };
  for (const keyword of SCHEMA_MAPS) {
    const map = copy[keyword];
    if (!isSchemaNode(map)) continue;
    copy[keyword] = Object.fromEntries(
      Object.entries(map).map(([name, child]) => [
        name,
        isSchemaNode(child) ? mapSchema(child, transform, `${pointer}/${keyword}/${pointerSegment(name)}`) : child,
      ]),
    );
  }
  for (const keyword of SCHEMA_VALUES) {
    const child = copy[keyword];
    if (isSchemaNode(child)) copy[keyword] = mapSchema(child, transform, `${pointer}/${keyword}`);
  }
  for (const keyword of SCHEMA_ARRAYS) {
    const list = copy[keyword];
    if (Array.isArray(list)) {
      copy[keyword] = list.map((child, index) =>
        isSchemaNode(child) ? mapSchema(child, transform, `${pointer}/${keyword}/${index}`) : child,
      );
    }
  }
  return transform(copy, pointer);
}
