import { enumMembers } from '../enum-members.js';
import { ALLOWED_KEYWORDS } from '../keywords.js';
import { SchemaModelError } from './model-error.js';
import { ANNOTATION_ONLY, readAnnotations } from './read-annotations.js';
import type { JsonType, ModelNode, ObjectNode, PropertyModel, ScalarType, VariantModel, VariantsNode } from './types.js';

type Node = { readonly [keyword: string]: unknown };

/** What reading a node needs from its bundle: the targets of `$ref`s (variants are read through them). */
export interface ReadContext {
  /** The title a `$ref` of the bundle points at; throws for one that points nowhere. */
  refTarget(ref: string, pointer: string): { title: string; toRoot: boolean };
  /** The definition titled `title`, read (variants are objects defined under `$defs`). */
  definition(title: string, pointer: string): ModelNode;
}

const JSON_TYPES: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean', 'null', 'object', 'array']);

/** Which keywords each kind accepts beside the annotations; anything else is a shape the model does not know. */
const KEYWORDS_OF = {
  ref: ['$ref'],
  nullable: ['oneOf'],
  const: ['const', 'type'],
  enum: ['enum', 'type', 'x-enum-names', 'x-enum-descriptions'],
  object: ['type', 'properties', 'required', 'additionalProperties'],
  variants: ['type', 'properties', 'required', 'additionalProperties', 'oneOf'],
  array: ['type', 'items', 'minItems', 'maxItems'],
  scalar: ['type', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum'],
  any: [],
} satisfies Record<ModelNode['kind'], string[]>;

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Reads one schema node of a bundle into its typed model. */
export function readNode(node: unknown, pointer: string, context: ReadContext): ModelNode {
  if (!isNode(node)) throw new SchemaModelError(pointer, `a schema must be an object, found ${JSON.stringify(node)}`);
  for (const keyword of Object.keys(node)) {
    if (!ALLOWED_KEYWORDS.has(keyword) && !(keyword === '$defs' && pointer === '')) {
      throw new SchemaModelError(`${pointer}/${keyword}`, `keyword "${keyword}" is outside the supported subset`);
    }
  }
  const kind = kindOf(node, pointer);
  const allowed = new Set<string>(KEYWORDS_OF[kind]);
  for (const keyword of Object.keys(node)) {
    if (!allowed.has(keyword) && !ANNOTATION_ONLY.has(keyword) && keyword !== '$defs') {
      throw new SchemaModelError(`${pointer}/${keyword}`, `"${keyword}" does not apply to a ${kind} schema here`);
    }
  }
  const annotations = readAnnotations(node, pointer);
  switch (kind) {
    case 'ref': {
      const { title, toRoot } = context.refTarget(node['$ref'] as string, `${pointer}/$ref`);
      return { kind, ...annotations, target: title, toRoot };
    }
    case 'nullable': {
      const branches = node['oneOf'] as unknown[];
      const others = branches
        .map((branch, index) => ({ branch, index }))
        .filter(({ branch }) => !(isNode(branch) && branch['type'] === 'null'));
      if (others.length !== 1)
        throw new SchemaModelError(`${pointer}/oneOf`, 'a nullable oneOf has exactly one branch besides { "type": "null" }');
      return { kind, ...annotations, of: readNode(others[0]!.branch, `${pointer}/oneOf/${others[0]!.index}`, context) };
    }
    case 'const':
      return { kind, ...annotations, value: node['const'] };
    case 'enum':
      return { kind, ...annotations, types: typesOf(node, pointer), members: enumMembers(node) };
    case 'array': {
      const items = node['items'];
      return {
        kind,
        ...annotations,
        items: items === undefined ? undefined : readNode(items, `${pointer}/items`, context),
        nullable: typesOf(node, pointer).includes('null'),
        ...numbers(node, pointer, ['minItems', 'maxItems']),
      };
    }
    case 'scalar':
      return {
        kind,
        ...annotations,
        types: typesOf(node, pointer) as ScalarType[],
        ...numbers(node, pointer, ['minLength', 'maxLength', 'minimum', 'maximum']),
        ...(node['pattern'] === undefined ? {} : { pattern: text(node, 'pattern', pointer) }),
      };
    case 'object':
      return { kind, ...annotations, ...objectFields(node, pointer, context) };
    case 'variants':
      return { kind, ...annotations, ...objectFields(node, pointer, context), ...variants(node, pointer, context) };
    case 'any':
      return { kind, ...annotations };
  }
}

function kindOf(node: Node, pointer: string): ModelNode['kind'] {
  if (node['$ref'] !== undefined) {
    if (typeof node['$ref'] !== 'string') throw new SchemaModelError(`${pointer}/$ref`, '"$ref" must be a string');
    return 'ref';
  }
  const oneOf = node['oneOf'];
  if (oneOf !== undefined) {
    if (!Array.isArray(oneOf) || oneOf.length === 0) throw new SchemaModelError(`${pointer}/oneOf`, '"oneOf" must be a non-empty array');
    return oneOf.some((branch) => isNode(branch) && branch['type'] === 'null') ? 'nullable' : 'variants';
  }
  if ('const' in node) return 'const';
  if (node['enum'] !== undefined) {
    if (!Array.isArray(node['enum'])) throw new SchemaModelError(`${pointer}/enum`, '"enum" must be an array');
    return 'enum';
  }
  const types = typesOf(node, pointer);
  const structured = types.filter((type) => type === 'object' || type === 'array');
  if (structured.length > 0 && types.some((type) => type !== 'null' && type !== structured[0])) {
    throw new SchemaModelError(
      `${pointer}/type`,
      `type ${JSON.stringify(node['type'])} mixes ${structured[0]} with other types; only [T, "null"] and unions of scalars are supported`,
    );
  }
  if (
    types.includes('object') ||
    node['properties'] !== undefined ||
    node['additionalProperties'] !== undefined ||
    node['required'] !== undefined
  )
    return 'object';
  if (types.includes('array') || node['items'] !== undefined) return 'array';
  return types.length > 0 ? 'scalar' : 'any';
}

function typesOf(node: Node, pointer: string): JsonType[] {
  const type = node['type'];
  if (type === undefined) return [];
  const types = Array.isArray(type) ? type : [type];
  for (const entry of types) {
    if (typeof entry !== 'string' || !JSON_TYPES.has(entry))
      throw new SchemaModelError(`${pointer}/type`, `unknown type ${JSON.stringify(entry)}`);
  }
  return types as JsonType[];
}

function text(node: Node, keyword: string, pointer: string): string {
  const value = node[keyword];
  if (typeof value !== 'string') throw new SchemaModelError(`${pointer}/${keyword}`, `"${keyword}" must be a string`);
  return value;
}

/** The numeric keywords of `node` among `keywords`, those absent left out. */
function numbers<K extends string>(node: Node, pointer: string, keywords: readonly K[]): { [key in K]?: number } {
  const found: { [key in K]?: number } = {};
  for (const keyword of keywords) {
    const value = node[keyword];
    if (value === undefined) continue;
    if (typeof value !== 'number') throw new SchemaModelError(`${pointer}/${keyword}`, `"${keyword}" must be a number`);
    found[keyword] = value;
  }
  return found;
}

function objectFields(node: Node, pointer: string, context: ReadContext): Omit<ObjectNode, 'kind' | 'pointer'> {
  const properties = node['properties'] ?? {};
  if (!isNode(properties)) throw new SchemaModelError(`${pointer}/properties`, '"properties" must be an object');
  const required = node['required'] ?? [];
  if (!Array.isArray(required) || !required.every((name) => typeof name === 'string')) {
    throw new SchemaModelError(`${pointer}/required`, '"required" must be an array of property names');
  }
  const additional = node['additionalProperties'];
  if (additional === false)
    throw new SchemaModelError(
      `${pointer}/additionalProperties`,
      'canonical schemas stay open: "additionalProperties": false is derived by codegen',
    );
  const models: PropertyModel[] = Object.entries(properties).map(([name, property]) => ({
    name,
    required: required.includes(name),
    node: readNode(property, `${pointer}/properties/${pointerSegment(name)}`, context),
  }));
  return {
    properties: models,
    required,
    additionalProperties:
      additional === undefined
        ? undefined
        : additional === true
          ? { kind: 'any', pointer: `${pointer}/additionalProperties` }
          : readNode(additional, `${pointer}/additionalProperties`, context),
    nullable: typesOf(node, pointer).includes('null'),
  };
}

/** The variants of an object: bare `$ref`s to titled objects that each fix one shared discriminator with a `const`. */
function variants(node: Node, pointer: string, context: ReadContext): Pick<VariantsNode, 'discriminator' | 'variants'> {
  const branches = (node['oneOf'] as unknown[]).map((branch, index) => {
    const where = `${pointer}/oneOf/${index}`;
    if (!isNode(branch) || typeof branch['$ref'] !== 'string' || Object.keys(branch).length !== 1) {
      throw new SchemaModelError(where, 'a variant is a bare { "$ref": "#/$defs/<Title>" }');
    }
    const { title } = context.refTarget(branch['$ref'], `${where}/$ref`);
    const variant = context.definition(title, where);
    if (variant.kind !== 'object')
      throw new SchemaModelError(where, `variant ${title} must be an object schema without variants of its own`);
    return { title, node: variant };
  });
  const fixes = (variant: ObjectNode, name: string) =>
    variant.properties.some((property) => property.name === name && property.required && property.node.kind === 'const');
  const discriminatorValue = (variant: ObjectNode, name: string) =>
    (variant.properties.find((property) => property.name === name)!.node as { value: unknown }).value;
  const discriminator = branches[0]!.node.properties
    .map((property) => property.name)
    .find(
      (name) =>
        branches.every((branch) => fixes(branch.node, name)) &&
        new Set(branches.map((branch) => JSON.stringify(discriminatorValue(branch.node, name)))).size === branches.length,
    );
  if (discriminator === undefined) {
    throw new SchemaModelError(
      `${pointer}/oneOf`,
      'the variants share no discriminator: a property every variant requires with its own "const"',
    );
  }
  const models: VariantModel[] = branches.map(({ title, node: variant }) => ({
    title,
    value: discriminatorValue(variant, discriminator),
    node: variant,
  }));
  return { discriminator, variants: models };
}
