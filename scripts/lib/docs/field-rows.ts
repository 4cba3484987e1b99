import { discriminatorOf, variantsOf } from '../variants.ts';
import { isSchemaNode, type SchemaNode } from '../walk-schema.ts';

/** One value of an enum, with what it means (from `x-enum-names` / `x-enum-descriptions`). */
export interface EnumValue {
  value: string | number | boolean | null;
  /** PascalCase member name of the generated TypeScript enum (integer enums). */
  name?: string;
  description?: string;
}

/** One property of an event payload, at any depth, as a row of the field table. */
export interface FieldRow {
  /** `channel.members[].id`: property names joined by `.`, `[]` after an array, `{}` after a map. */
  path: string;
  /** The parent's path ('' at the top level). */
  parentPath: string;
  /** The property name (last segment, without `[]`). */
  name: string;
  /** 0 for a top-level property. */
  depth: number;
  /** `field-channel-members-id`: unique within the event page. */
  anchor: string;
  /** `string`, `integer`, `TalkplusChannel`, `TalkplusUser[]`, `TalkplusMessage | null`, `Record<string, string>`, `"member_added"`. */
  type: string;
  /** Titles of named schemas (objects, enums, named scalars) that `type` mentions, for links. */
  typeRefs: string[];
  /** Listed in the parent's `required`. */
  required: boolean;
  /** `null` is an allowed value. */
  nullable: boolean;
  description: string;
  /** The only value allowed (the discriminator, typically). */
  constValue?: string | number | boolean | null;
  /** Allowed values with their meanings. */
  enumValues?: EnumValue[];
  /** Human-readable constraints: `at least 1 item`, `minimum 0`, `format: uri`. */
  constraints: string[];
  /** Values the schema gives as `examples`. */
  examples: unknown[];
  /** A free-form map (`additionalProperties`): strict mode accepts any key in it. */
  isMap: boolean;
  /** An object with listed properties: its children follow as rows (strict mode rejects unknown keys in it). */
  hasChildren: boolean;
  /** Set when the object's type already encloses this row (a recursive schema): its fields are the ancestor's. */
  recursiveOf?: string;
}

/** A schema with a title that the event's field table refers to. */
export interface NamedType {
  title: string;
  /** `type-TalkplusChannel`. */
  anchor: string;
  kind: 'object' | 'enum' | 'scalar';
  description: string;
  /** For scalars and enums: the JSON type (`string`, `integer`). */
  baseType?: string;
  enumValues?: EnumValue[];
  /** Paths of the rows typed with it, in table order. */
  usedAt: string[];
}

interface Context {
  root: SchemaNode;
  rows: FieldRow[];
  types: Map<string, NamedType>;
  anchors: Set<string>;
}

/**
 * Flattens a self-contained event schema (as `bundleEvent` makes it: `$defs` keyed by title, `$ref`s of the
 * form `#/$defs/<Title>` or `#`) into one row per property, depth first, nested objects expanded in place.
 */
export function flattenEventSchema(schema: SchemaNode): { rows: FieldRow[]; types: NamedType[] } {
  const context: Context = { root: schema, rows: [], types: new Map(), anchors: new Set() };
  const rootTitle = typeof schema.title === 'string' ? schema.title : '';
  visitObject(context, schema, '', 0, [rootTitle]);
  return { rows: context.rows, types: [...context.types.values()] };
}

function visitObject(context: Context, node: SchemaNode, prefix: string, depth: number, enclosing: string[], condition = ''): void {
  const properties = isSchemaNode(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
  for (const [name, value] of Object.entries(properties)) {
    if (!isSchemaNode(value)) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    const row = describeProperty(context, name, value, path, prefix, depth, required.has(name));
    if (condition) row.description = `${condition} ${row.description}`;
    context.rows.push(row);
    for (const title of row.typeRefs) context.types.get(title)?.usedAt.push(path);

    // Descend into the object this property holds, through references, nullability and arrays.
    const { target, suffix } = objectTarget(context, value);
    if (target === undefined) continue;
    const title = typeof target.title === 'string' ? target.title : '';
    if (title && enclosing.includes(title)) {
      row.recursiveOf = title;
      continue;
    }
    visitObject(context, target, `${path}${suffix}`, depth + 1, title ? [...enclosing, title] : enclosing, condition);
  }
  // Variants (scripts/lib/variants.ts): each one's own properties follow, marked with the value that selects it.
  const variants = variantsOf(node, context.root);
  const discriminator = discriminatorOf(variants);
  for (const variant of discriminator === undefined ? [] : variants) {
    const selector = (variant.properties as Record<string, SchemaNode>)[discriminator!]!.const;
    visitObject(context, variant, prefix, depth, enclosing, `${condition} When \`${discriminator}\` is \`${JSON.stringify(selector)}\`:`.trim());
  }
}

/** The object schema whose properties become child rows of a property, and the path suffix to reach it. */
function objectTarget(context: Context, node: SchemaNode): { target?: SchemaNode; suffix: string } {
  let current: SchemaNode | undefined = node;
  let suffix = '';
  for (let guard = 0; current !== undefined && guard < 32; guard++) {
    const resolved: SchemaNode = resolve(context, current);
    if (isSchemaNode(resolved.properties) && Object.keys(resolved.properties).length > 0) return { target: resolved, suffix };
    const branches = nonNullBranches(resolved);
    if (branches.length === 1) {
      current = branches[0];
      continue;
    }
    if (isSchemaNode(resolved.items)) {
      suffix += '[]';
      current = resolved.items;
      continue;
    }
    if (isSchemaNode(resolved.additionalProperties) && Object.keys(resolved.additionalProperties).length > 0) {
      suffix += '{}';
      current = resolved.additionalProperties;
      continue;
    }
    return { suffix };
  }
  return { suffix };
}

/** The `oneOf` branches that are not `{ type: 'null' }`; [] when there is no `oneOf`. */
function nonNullBranches(node: SchemaNode): SchemaNode[] {
  if (!Array.isArray(node.oneOf)) return [];
  return node.oneOf.filter((branch): branch is SchemaNode => isSchemaNode(branch) && branch.type !== 'null');
}

/** Follows `$ref` (within the bundle) until a schema without one. */
function resolve(context: Context, node: SchemaNode): SchemaNode {
  let current = node;
  for (let guard = 0; typeof current.$ref === 'string' && guard < 32; guard++) {
    const target = lookup(context, current.$ref);
    if (target === undefined) throw new Error(`docs: cannot resolve $ref "${current.$ref}" in the bundled schema ${String(context.root.title)}`);
    current = target;
  }
  return current;
}

function lookup(context: Context, ref: string): SchemaNode | undefined {
  if (ref === '#') return context.root;
  const match = /^#\/\$defs\/(.+)$/.exec(ref);
  const defs = context.root.$defs;
  if (!match || !isSchemaNode(defs)) return undefined;
  const def = defs[decodeURIComponent(match[1]!)];
  return isSchemaNode(def) ? def : undefined;
}

function describeProperty(context: Context, name: string, node: SchemaNode, path: string, parentPath: string, depth: number, required: boolean): FieldRow {
  const typeRefs: string[] = [];
  const type = typeString(context, node, typeRefs);
  const resolved = resolve(context, node);
  const enumSource = enumSchema(context, node);
  const constSource = 'const' in node ? node : 'const' in resolved ? resolved : undefined;
  const description = String(node.description ?? resolved.description ?? '');
  const row: FieldRow = {
    path,
    parentPath,
    name,
    depth,
    anchor: uniqueAnchor(context, path),
    type,
    typeRefs: [...new Set(typeRefs)],
    required,
    nullable: allowsNull(context, node),
    description,
    constraints: constraints(context, node),
    examples: Array.isArray(node.examples) ? node.examples : Array.isArray(resolved.examples) ? resolved.examples : [],
    isMap: isMap(context, node),
    hasChildren: objectTarget(context, node).target !== undefined,
  };
  if (constSource) row.constValue = constSource.const as NonNullable<FieldRow['constValue']> | null;
  if (enumSource) row.enumValues = enumValues(enumSource);
  return row;
}

/** `field-` + the path with `[]`/`{}` dropped and every other non-word character as `-`. */
function uniqueAnchor(context: Context, path: string): string {
  const base = `field-${path.replace(/\[\]|\{\}/g, '').replace(/[^A-Za-z0-9_]+/g, '-').replace(/^-+|-+$/g, '')}`;
  let anchor = base;
  for (let n = 2; context.anchors.has(anchor); n++) anchor = `${base}-${n}`;
  context.anchors.add(anchor);
  return anchor;
}

/** The TypeScript-like type of a schema; titles of named schemas it mentions are pushed onto `refs`. */
function typeString(context: Context, node: SchemaNode, refs: string[]): string {
  if (typeof node.$ref === 'string') {
    const target = resolve(context, node);
    const title = typeof target.title === 'string' ? target.title : '';
    if (!title) return typeString(context, target, refs);
    registerType(context, title, target);
    refs.push(title);
    // Objects and enums are read by their name; a named scalar (NexconnUnixMilliseconds) by its JSON type.
    const { title: _title, ...untitled } = target;
    return context.types.get(title)!.kind === 'scalar' ? typeString(context, untitled, refs) : title;
  }
  if (Array.isArray(node.oneOf)) {
    const parts = node.oneOf.filter(isSchemaNode).map((branch) => typeString(context, branch, refs));
    return [...new Set(parts)].join(' | ');
  }
  if ('const' in node) return JSON.stringify(node.const);
  const types = Array.isArray(node.type) ? node.type.map(String) : typeof node.type === 'string' ? [node.type] : [];
  if (types.length === 0) {
    if (isSchemaNode(node.properties)) return objectType(context, node, refs);
    return 'unknown';
  }
  return types
    .map((type) => {
      if (type === 'array') {
        const item = isSchemaNode(node.items) ? typeString(context, node.items, refs) : 'unknown';
        return item.includes(' | ') ? `(${item})[]` : `${item}[]`;
      }
      if (type === 'object') return objectType(context, node, refs);
      return type;
    })
    .join(' | ');
}

function objectType(context: Context, node: SchemaNode, refs: string[]): string {
  if (isSchemaNode(node.properties) && Object.keys(node.properties).length > 0) {
    return typeof node.title === 'string' && node.title ? node.title : 'object';
  }
  const values = node.additionalProperties;
  if (isSchemaNode(values) && Object.keys(values).length > 0) return `Record<string, ${typeString(context, values, refs)}>`;
  return 'Record<string, unknown>';
}

function registerType(context: Context, title: string, target: SchemaNode): void {
  if (context.types.has(title)) return;
  const hasEnum = Array.isArray(target.enum);
  const isObject = target.type === 'object' || isSchemaNode(target.properties);
  const named: NamedType = {
    title,
    anchor: `type-${title}`,
    kind: hasEnum ? 'enum' : isObject ? 'object' : 'scalar',
    description: String(target.description ?? ''),
    usedAt: [],
  };
  if (!isObject) named.baseType = Array.isArray(target.type) ? target.type.join(' | ') : String(target.type ?? 'unknown');
  if (hasEnum) named.enumValues = enumValues(target);
  context.types.set(title, named);
}

/** The schema carrying the `enum` of a property: itself, its reference, or its non-null `oneOf` branch. */
function enumSchema(context: Context, node: SchemaNode): SchemaNode | undefined {
  if (Array.isArray(node.enum)) return node;
  const resolved = resolve(context, node);
  if (Array.isArray(resolved.enum)) return resolved;
  const branches = nonNullBranches(resolved);
  if (branches.length === 1) return enumSchema(context, branches[0]!);
  return undefined;
}

function enumValues(node: SchemaNode): EnumValue[] {
  const values = node.enum as EnumValue['value'][];
  const names = Array.isArray(node['x-enum-names']) ? node['x-enum-names'].map(String) : [];
  const descriptions = Array.isArray(node['x-enum-descriptions']) ? node['x-enum-descriptions'].map(String) : [];
  return values.map((value, index) => {
    const entry: EnumValue = { value };
    if (names[index] !== undefined) entry.name = names[index];
    if (descriptions[index] !== undefined) entry.description = descriptions[index];
    return entry;
  });
}

function allowsNull(context: Context, node: SchemaNode): boolean {
  const resolved = resolve(context, node);
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (types.includes('null')) return true;
  if ('const' in resolved && resolved.const === null) return true;
  if (Array.isArray(resolved.enum) && resolved.enum.includes(null)) return true;
  if (Array.isArray(resolved.oneOf)) return resolved.oneOf.some((branch) => isSchemaNode(branch) && allowsNull(context, branch));
  return false;
}

function isMap(context: Context, node: SchemaNode): boolean {
  const resolved = resolve(context, node);
  const branches = nonNullBranches(resolved);
  if (branches.length === 1) return isMap(context, branches[0]!);
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  return types.includes('object') && !(isSchemaNode(resolved.properties) && Object.keys(resolved.properties).length > 0);
}

/** Validation keywords of the property (and of the named scalar it references), in words. */
function constraints(context: Context, node: SchemaNode): string[] {
  const sources = [node];
  if (typeof node.$ref === 'string') sources.push(resolve(context, node));
  const words: string[] = [];
  for (const source of sources) {
    const plural = (n: unknown, one: string) => `${String(n)} ${one}${n === 1 ? '' : 's'}`;
    if (source.minItems !== undefined) words.push(`at least ${plural(source.minItems, 'item')}`);
    if (source.maxItems !== undefined) words.push(`at most ${plural(source.maxItems, 'item')}`);
    if (source.minLength !== undefined) words.push(`at least ${plural(source.minLength, 'character')}`);
    if (source.maxLength !== undefined) words.push(`at most ${plural(source.maxLength, 'character')}`);
    if (source.minimum !== undefined) words.push(`minimum ${String(source.minimum)}`);
    if (source.maximum !== undefined) words.push(`maximum ${String(source.maximum)}`);
    if (source.pattern !== undefined) words.push(`pattern ${String(source.pattern)}`);
    if (source.format !== undefined) words.push(`format ${String(source.format)} (a hint, not checked)`);
    if (source.default !== undefined) words.push(`default ${JSON.stringify(source.default)}`);
  }
  return [...new Set(words)];
}
