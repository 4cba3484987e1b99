import { fillHint } from './hints.js';
import type { Random } from './random.js';
import { WORDS } from './words.js';

/** The part of a JSON Schema that mock generation reads (annotations are stripped by codegen). */
export interface MockSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly oneOf?: readonly MockSchema[];
  readonly properties?: Readonly<Record<string, MockSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: MockSchema | boolean;
  readonly items?: MockSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly examples?: readonly unknown[];
  readonly 'x-mock'?: string;
}

/** Named schemas of one vendor (`$defs` by title), which `$ref: "#/$defs/<Title>"` points into. */
export type MockDefinitions = Readonly<Record<string, MockSchema>>;

// How often the optional and the nullable show up: often enough that 25 seeds cover both sides.
const OPTIONAL_PRESENT = 0.6;
const NULL_CHANCE = 0.25;

/**
 * A value that `schema` accepts, drawn from `random`: the same draws give the same value. `wanted` is what the
 * caller will merge over it (the overrides at this place): a variant whose discriminator it names is the one drawn.
 */
export function generateValue(schema: MockSchema, definitions: MockDefinitions, random: Random, wanted?: unknown): unknown {
  const resolved = resolve(schema, definitions);
  if ('const' in resolved) return resolved.const;
  if (resolved.enum) return random.pick(resolved.enum);
  if (resolved.oneOf) {
    const nullable = resolved.oneOf.some((branch) => resolve(branch, definitions).type === 'null');
    const branches = resolved.oneOf.filter((branch) => resolve(branch, definitions).type !== 'null');
    if (nullable && (branches.length === 0 || random.chance(NULL_CHANCE))) return null;
    const fitting = branches.filter((branch) => fitsWanted(resolve(branch, definitions), wanted));
    const variant = generateValue(random.pick(fitting.length > 0 ? fitting : branches), definitions, random, wanted);
    // Variants (a discriminated union): the properties every variant shares, then the drawn variant's own.
    return resolved.properties ? { ...generateObject(resolved, definitions, random, wanted), ...(variant as object) } : variant;
  }
  const types = resolved.type === undefined ? [] : [resolved.type].flat();
  if (types.includes('null') && (types.length === 1 || random.chance(NULL_CHANCE))) return null;
  const type = types.find((candidate) => candidate !== 'null');
  switch (type) {
    case 'object':
      return generateObject(resolved, definitions, random, wanted);
    case 'array': {
      const min = resolved.minItems ?? 0;
      const length = random.int(min, Math.min(resolved.maxItems ?? Infinity, min + 3));
      return Array.from({ length }, () => generateValue(resolved.items ?? {}, definitions, random));
    }
    case 'string':
      if (resolved['x-mock'] !== undefined) return String(fillHint(resolved['x-mock'], random));
      if (resolved.examples?.length) return String(random.pick(resolved.examples));
      return (resolved.minLength ?? 0) > 0 || random.chance(0.8) ? random.pick(WORDS) : '';
    case 'integer':
    case 'number': {
      if (resolved['x-mock'] !== undefined) return Number(fillHint(resolved['x-mock'], random));
      return random.int(resolved.minimum ?? 0, resolved.maximum ?? 100);
    }
    case 'boolean':
      return random.chance(0.5);
    default:
      // A schema that accepts anything: a short string or a number stands in for "any JSON value".
      return random.chance(0.5) ? random.pick(WORDS) : random.int(0, 100);
  }
}

function generateObject(schema: MockSchema, definitions: MockDefinitions, random: Random, wanted: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  const wantedAt = (name: string) => (isPlainObject(wanted) && Object.hasOwn(wanted, name) ? wanted[name] : undefined);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (required.has(name) || random.chance(OPTIONAL_PRESENT)) result[name] = generateValue(property, definitions, random, wantedAt(name));
  }
  const extra = schema.additionalProperties;
  if (!schema.properties && typeof extra === 'object') {
    // A free-form map (channel `data`, `translations`): a few entries with plausible keys.
    for (let count = random.int(0, 2), index = 0; index < count; index++)
      result[random.pick(WORDS)] = generateValue(extra, definitions, random);
  }
  return result;
}

function resolve(schema: MockSchema, definitions: MockDefinitions): MockSchema {
  const title = schema.$ref?.startsWith('#/$defs/') ? schema.$ref.slice('#/$defs/'.length) : undefined;
  return title === undefined ? schema : resolve(definitions[title]!, definitions);
}

/** Whether `wanted` leaves `variant` possible: it names none of the variant's `const` properties otherwise. */
function fitsWanted(variant: MockSchema, wanted: unknown): boolean {
  if (!isPlainObject(wanted) || !variant.properties) return false;
  return Object.entries(variant.properties).every(
    ([name, property]) => !('const' in property) || !Object.hasOwn(wanted, name) || wanted[name] === property.const,
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
