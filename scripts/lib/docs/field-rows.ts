import type { ModelNode, ObjectFields, SchemaModel } from '@chat-webhooks/schema-toolkit';

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
  model: SchemaModel;
  rows: FieldRow[];
  types: Map<string, NamedType>;
  anchors: Set<string>;
}

type Resolved = Exclude<ModelNode, { kind: 'ref' }>;
type ObjectLike = Extract<ModelNode, ObjectFields>;

/**
 * Flattens the model of a self-contained event schema (as `bundleEvent` makes it, read by `readSchemaModel`) into
 * one row per property, depth first, nested objects expanded in place.
 */
export function flattenEventSchema(model: SchemaModel): { rows: FieldRow[]; types: NamedType[] } {
  const root = model.root;
  if (root?.kind !== 'object' && root?.kind !== 'variants')
    throw new Error(`docs: the schema ${String(root?.title)} is not an object, so it has no field table`);
  const context: Context = { model, rows: [], types: new Map(), anchors: new Set() };
  visitObject(context, root, '', 0, [root.title ?? '']);
  return { rows: context.rows, types: [...context.types.values()] };
}

function visitObject(context: Context, node: ObjectLike, prefix: string, depth: number, enclosing: string[], condition = ''): void {
  for (const property of node.properties) {
    const { name } = property;
    const path = prefix ? `${prefix}.${name}` : name;
    const row = describeProperty(context, name, property.node, path, prefix, depth, property.required);
    if (condition) row.description = `${condition} ${row.description}`;
    context.rows.push(row);
    for (const title of row.typeRefs) context.types.get(title)?.usedAt.push(path);

    // Descend into the object this property holds, through references, nullability and arrays.
    const { target, suffix } = objectTarget(context, property.node);
    if (target === undefined) continue;
    const title = target.title ?? '';
    if (title && enclosing.includes(title)) {
      row.recursiveOf = title;
      continue;
    }
    visitObject(context, target, `${path}${suffix}`, depth + 1, title ? [...enclosing, title] : enclosing, condition);
  }
  // Variants (docs/schema-conventions.md): each one's own properties follow, marked with the value that selects it.
  if (node.kind !== 'variants') return;
  for (const variant of node.variants) {
    visitObject(
      context,
      variant.node,
      prefix,
      depth,
      enclosing,
      `${condition} When \`${node.discriminator}\` is \`${JSON.stringify(variant.value)}\`:`.trim(),
    );
  }
}

function isObjectLike(node: ModelNode): node is ObjectLike {
  return node.kind === 'object' || node.kind === 'variants';
}

/** The object schema whose properties become child rows of a property, and the path suffix to reach it. */
function objectTarget(context: Context, node: ModelNode): { target?: ObjectLike; suffix: string } {
  let current: ModelNode | undefined = node;
  let suffix = '';
  for (let guard = 0; current !== undefined && guard < 32; guard++) {
    const resolved: Resolved = context.model.resolve(current);
    if (isObjectLike(resolved) && resolved.properties.length > 0) return { target: resolved, suffix };
    const branches = nonNullBranches(resolved);
    if (branches.length === 1) {
      current = branches[0];
      continue;
    }
    if (resolved.kind === 'array' && resolved.items !== undefined) {
      suffix += '[]';
      current = resolved.items;
      continue;
    }
    if (isObjectLike(resolved) && resolved.additionalProperties !== undefined) {
      suffix += '{}';
      current = resolved.additionalProperties;
      continue;
    }
    return { suffix };
  }
  return { suffix };
}

/** The `oneOf` branches that are not `{ type: 'null' }`: the nullable one's other branch, or the variants. */
function nonNullBranches(node: Resolved): ModelNode[] {
  if (node.kind === 'nullable') return [node.of];
  if (node.kind === 'variants') return node.variants.map((variant) => variant.node);
  return [];
}

function describeProperty(
  context: Context,
  name: string,
  node: ModelNode,
  path: string,
  parentPath: string,
  depth: number,
  required: boolean,
): FieldRow {
  const typeRefs: string[] = [];
  const type = typeString(context, node, typeRefs);
  const resolved = context.model.resolve(node);
  const enumSource = enumSchema(context, node);
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
    description: node.description ?? resolved.description ?? '',
    constraints: constraints(context, node),
    examples: [...(node.examples ?? resolved.examples ?? [])],
    isMap: isMap(context, node),
    hasChildren: objectTarget(context, node).target !== undefined,
  };
  if (resolved.kind === 'const') row.constValue = resolved.value as NonNullable<FieldRow['constValue']> | null;
  if (enumSource) row.enumValues = enumValues(enumSource);
  return row;
}

/** `field-` + the path with `[]`/`{}` dropped and every other non-word character as `-`. */
function uniqueAnchor(context: Context, path: string): string {
  const base = `field-${path
    .replace(/\[\]|\{\}/g, '')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')}`;
  let anchor = base;
  for (let n = 2; context.anchors.has(anchor); n++) anchor = `${base}-${n}`;
  context.anchors.add(anchor);
  return anchor;
}

/** The TypeScript-like type of a schema; titles of named schemas it mentions are pushed onto `refs`. */
function typeString(context: Context, node: ModelNode, refs: string[]): string {
  switch (node.kind) {
    case 'ref':
      return namedTypeString(context, context.model.resolve(node), refs);
    case 'nullable':
      return `${typeString(context, node.of, refs)} | null`;
    case 'variants':
      // An inline union of variants reads as the union of their titles (a property typed by it).
      return [...new Set(node.variants.map((variant) => namedTypeString(context, variant.node, refs)))].join(' | ');
    case 'const':
      return JSON.stringify(node.value);
    case 'enum':
      return node.types.length === 0 ? 'unknown' : node.types.join(' | ');
    case 'scalar':
      return node.types.join(' | ');
    case 'array': {
      const item = node.items === undefined ? 'unknown' : typeString(context, node.items, refs);
      return `${item.includes(' | ') ? `(${item})[]` : `${item}[]`}${node.nullable ? ' | null' : ''}`;
    }
    case 'object':
      return `${objectType(context, node, refs)}${node.nullable ? ' | null' : ''}`;
    case 'any':
      return 'unknown';
  }
}

/** A named schema is read by its title; a named scalar (NexconnUnixMilliseconds) by its JSON type. */
function namedTypeString(context: Context, target: Resolved, refs: string[]): string {
  const title = target.title ?? '';
  if (!title) return typeString(context, target, refs);
  registerType(context, title, target);
  refs.push(title);
  return context.types.get(title)!.kind === 'scalar' ? typeString(context, target, refs) : title;
}

function objectType(context: Context, node: ObjectLike, refs: string[]): string {
  if (node.properties.length > 0) return node.title || 'object';
  return node.additionalProperties === undefined
    ? 'Record<string, unknown>'
    : `Record<string, ${typeString(context, node.additionalProperties, refs)}>`;
}

/** The JSON types a named scalar or enum is written with, as docs print them (`string`, `integer | null`). */
function baseType(node: Resolved): string {
  const types =
    node.kind === 'scalar' || node.kind === 'enum'
      ? node.types
      : node.kind === 'array' || node.kind === 'object'
        ? [node.kind, ...(node.nullable ? ['null'] : [])]
        : [];
  return types.length === 0 ? 'unknown' : types.join(' | ');
}

function registerType(context: Context, title: string, target: Resolved): void {
  if (context.types.has(title)) return;
  // A nullable map (`["object", "null"]` without properties) reads as a scalar type, as any other value does.
  const isObject = isObjectLike(target) && (!target.nullable || target.properties.length > 0);
  const named: NamedType = {
    title,
    anchor: `type-${title}`,
    kind: target.kind === 'enum' ? 'enum' : isObject ? 'object' : 'scalar',
    description: target.description ?? '',
    usedAt: [],
  };
  if (!isObject) named.baseType = baseType(target);
  if (target.kind === 'enum') named.enumValues = enumValues(target);
  context.types.set(title, named);
}

/** The enum of a property: itself, its reference, or its non-null `oneOf` branch. */
function enumSchema(context: Context, node: ModelNode): Extract<ModelNode, { kind: 'enum' }> | undefined {
  const resolved = context.model.resolve(node);
  if (resolved.kind === 'enum') return resolved;
  const branches = nonNullBranches(resolved);
  return branches.length === 1 ? enumSchema(context, branches[0]!) : undefined;
}

function enumValues(node: Extract<ModelNode, { kind: 'enum' }>): EnumValue[] {
  return node.members.map((member) => {
    const entry: EnumValue = { value: member.value as EnumValue['value'] };
    if (member.name !== undefined) entry.name = member.name;
    if (member.description !== undefined) entry.description = member.description;
    return entry;
  });
}

function allowsNull(context: Context, node: ModelNode): boolean {
  const resolved = context.model.resolve(node);
  switch (resolved.kind) {
    case 'scalar':
      return resolved.types.includes('null');
    case 'enum':
      return resolved.types.includes('null') || resolved.members.some((member) => member.value === null);
    case 'const':
      return resolved.value === null;
    case 'array':
    case 'object':
      return resolved.nullable;
    case 'nullable':
      return true;
    case 'variants':
      return resolved.nullable || resolved.variants.some((variant) => allowsNull(context, variant.node));
    case 'any':
      return false;
  }
}

function isMap(context: Context, node: ModelNode): boolean {
  const resolved = context.model.resolve(node);
  const branches = nonNullBranches(resolved);
  if (branches.length === 1) return isMap(context, branches[0]!);
  return isObjectLike(resolved) && resolved.properties.length === 0;
}

/** Validation keywords of the property (and of the named scalar it references), in words. */
function constraints(context: Context, node: ModelNode): string[] {
  const sources: ModelNode[] = node.kind === 'ref' ? [node, context.model.resolve(node)] : [node];
  const words: string[] = [];
  const plural = (n: number, one: string) => `${String(n)} ${one}${n === 1 ? '' : 's'}`;
  for (const source of sources) {
    if (source.kind === 'array') {
      if (source.minItems !== undefined) words.push(`at least ${plural(source.minItems, 'item')}`);
      if (source.maxItems !== undefined) words.push(`at most ${plural(source.maxItems, 'item')}`);
    }
    if (source.kind === 'scalar') {
      if (source.minLength !== undefined) words.push(`at least ${plural(source.minLength, 'character')}`);
      if (source.maxLength !== undefined) words.push(`at most ${plural(source.maxLength, 'character')}`);
      if (source.minimum !== undefined) words.push(`minimum ${String(source.minimum)}`);
      if (source.maximum !== undefined) words.push(`maximum ${String(source.maximum)}`);
      if (source.pattern !== undefined) words.push(`pattern ${source.pattern}`);
    }
    if (source.format !== undefined) words.push(`format ${source.format} (a hint, not checked)`);
    if (source.default !== undefined) words.push(`default ${JSON.stringify(source.default)}`);
  }
  return [...new Set(words)];
}
