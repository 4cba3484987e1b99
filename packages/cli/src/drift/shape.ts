/** JSON Schema's types, as a value has them (`integer` for whole numbers). */
export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

/**
 * What the values seen at one place have in common, built up one value at a time (nothing is kept but the
 * first example of each scalar): the schema a new property gets.
 */
export interface Shape {
  types: Set<JsonType>;
  /** How many values were seen. */
  seen: number;
  properties: Map<string, Shape>;
  items?: Shape;
  example?: unknown;
}

export function emptyShape(): Shape {
  return { types: new Set(), seen: 0, properties: new Map() };
}

export function observe(shape: Shape, value: unknown): void {
  const type = jsonType(value);
  shape.types.add(type);
  shape.seen++;
  if (type === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const known = shape.properties.get(key) ?? emptyShape();
      shape.properties.set(key, known);
      observe(known, child);
    }
  } else if (type === 'array') {
    shape.items ??= emptyShape();
    for (const item of value as unknown[]) observe(shape.items, item);
  } else if (type !== 'null' && shape.example === undefined) {
    shape.example = value;
  }
}

/** The order types are listed in: the value's own kind first, `null` last (`["string", "null"]`). */
const ORDER: JsonType[] = ['object', 'array', 'string', 'integer', 'number', 'boolean', 'null'];

/** `types` as a schema's `type`: one name, or a list; integers and fractions seen together are `number`. */
export function typeKeyword(types: Iterable<JsonType>): string | string[] | undefined {
  const set = new Set(types);
  if (set.has('number')) set.delete('integer');
  const list = ORDER.filter((type) => set.has(type));
  return list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
}

/**
 * The schema of a property nobody documented: its types as seen, a description for a person to finish (the
 * conventions want one on every property), an example value, and the same for what it nests. Nothing it nests
 * is required: a few deliveries do not show what is always there. A property only ever seen as null gets no
 * type: null says nothing of what it holds when set.
 */
export function shapeSchema(shape: Shape, description: string): Record<string, unknown> {
  const onlyNull = shape.types.size === 1 && shape.types.has('null');
  const type = onlyNull ? undefined : typeKeyword(shape.types);
  const schema: Record<string, unknown> = { ...(type === undefined ? {} : { type }), description };
  if (shape.types.has('object') && shape.properties.size > 0) {
    schema.properties = Object.fromEntries([...shape.properties].map(([key, child]) => [key, shapeSchema(child, NESTED_STUB)]));
  }
  if (shape.types.has('array') && shape.items !== undefined && shape.items.seen > 0)
    schema.items = withoutDescription(shapeSchema(shape.items, ''));
  if (shape.example !== undefined) schema.examples = [shape.example];
  return schema;
}

export const NESTED_STUB = 'TODO(review): seen in captured deliveries, not in the vendor docs: say what it is.';

function withoutDescription({ description: _description, ...rest }: Record<string, unknown>): Record<string, unknown> {
  return rest;
}
