import { appendPointer } from './json-pointer.js';
import type { RawError } from './types.js';
import { ucs2length } from './ucs2length.js';

/**
 * Says why a payload fails: every error, in ajv's form (`instancePath`, `keyword`, `params`), for the payloads the
 * fast path rejected. Generated code cannot afford to carry a second validator per event, so this one reads the
 * schema itself: the bundle the fast path was generated from (annotations stripped, `discriminator` beside each
 * union, `x-strict-properties` on the objects strict mode closes), shipped as JSON text and parsed on the first
 * failure only. It follows ajv's rules with `allErrors` for the subset's keywords (scripts/lib/validator-keywords.ts;
 * the build stops on any other), so its errors are those ajv gives: test/property-based.test.ts compares the two on
 * mutated payloads, test/fast-path.test.ts the verdicts. Work is linear in the payload and bounded by the schema's
 * depth; a schema never recurses. Plain functions rather than a class, so that a bundler can shorten every name.
 *
 * A `oneOf` (our nullable references) is reported once: by the errors of the branch the value's type selected, or,
 * when no branch has its type, as one `type` error naming them all (test/reference-collapse.ts states the rule over
 * ajv's errors). Done here, as each `oneOf` ends, every error collected outside a `oneOf` is final, so the walk stops
 * once it has `limit` + 1 of them: a hostile body of 300,000 bad items costs 21 errors, not a million.
 */
export type Explain = (data: unknown, strict: boolean, limit?: number) => RawError[];

type Schema = { readonly [keyword: string]: unknown } | boolean;
type SchemaObject = { readonly [keyword: string]: unknown };

/** The mark of an object strict mode closes (scripts/lib/strict-properties-keyword.ts): `true` for its own properties, or a list. */
const STRICT_PROPERTIES = 'x-strict-properties';

/** A parsed bundle, and its `$ref`s as resolved so far (a hostile body of 300,000 items resolves each once, not per item). */
interface Bundle {
  readonly root: Schema;
  readonly refs: Map<unknown, Schema>;
}

// Each bundle parsed once, when a payload first fails: a vendor module's events share one text.
const parsed = new Map<string, Bundle>();

/** The `explain` of `ref` (`#` or `#/$defs/<Title>`) in a bundle given as JSON text. */
export function explainer(bundleText: string, ref: string): Explain {
  return (data, strict, limit) => {
    let bundle = parsed.get(bundleText);
    if (bundle === undefined) parsed.set(bundleText, (bundle = { root: JSON.parse(bundleText) as Schema, refs: new Map() }));
    return explain(bundle, ref, data, strict, limit ?? Infinity);
  };
}

/** Thrown to end a walk that has collected all the errors it may report. */
const ENOUGH = Symbol('enough errors');

function resolveIn({ root, refs }: Bundle, reference: unknown): Schema {
  const known = refs.get(reference);
  if (known !== undefined) return known;
  const title = typeof reference === 'string' && reference.startsWith('#/$defs/') ? reference.slice(8) : undefined;
  const definitions = typeof root === 'object' ? (root.$defs as Record<string, Schema> | undefined) : undefined;
  const definition = reference === '#' ? root : title === undefined || definitions === undefined ? undefined : definitions[title];
  if (definition === undefined) throw new Error(`@chat-webhooks/validators: unresolvable $ref ${String(reference)} in a generated bundle`);
  refs.set(reference, definition);
  return definition;
}

function explain(bundle: Bundle, ref: string, data: unknown, strict: boolean, limit: number): RawError[] {
  const errors: RawError[] = [];
  // How many `oneOf`s the walk is inside: their branches' errors may still be taken back or merged.
  let pending = 0;
  const enough = (): void => {
    if (pending === 0 && errors.length > limit) throw ENOUGH;
  };
  const error = (instancePath: string, keyword: string, params: Record<string, unknown>): void => {
    errors.push({ instancePath, keyword, params });
    enough();
  };
  const resolve = (reference: unknown): Schema => resolveIn(bundle, reference);

  /**
   * ajv's order: a wrong type first, then the keywords for any type (`$ref`, `const`, `enum`, `oneOf`), then those
   * of the data's own type, so that the first errors kept are the ones ajv would list first.
   */
  const node = (schema: Schema, value: unknown, path: string): void => {
    if (schema === true) return;
    if (schema === false) {
      error(path, 'false schema', {});
      return;
    }
    const { type } = schema;
    if (type !== undefined && !(Array.isArray(type) ? type.some((one) => hasType(one, value)) : hasType(type, value))) {
      error(path, 'type', { type });
    }
    if (schema.$ref !== undefined) node(resolve(schema.$ref), value, path);
    if ('const' in schema && value !== schema.const) error(path, 'const', { allowedValue: schema.const });
    if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) error(path, 'enum', { allowedValues: schema.enum });
    if (schema.oneOf !== undefined && schema.discriminator === undefined) oneOf(schema.oneOf as Schema[], value, path);
    if (typeof value === 'number') {
      if (Number.isFinite(value)) number(schema, value, path);
    } else if (typeof value === 'string') string(schema, value, path);
    else if (Array.isArray(value)) array(schema, value, path);
    else if (typeof value === 'object' && value !== null) object(schema, value as Record<string, unknown>, path);
  };

  /**
   * Every branch is tried and reports; when exactly one passes, their errors are taken back (ajv does the same).
   * Otherwise the errors at or under `path` just before (the branches' and this schema's own) keep all but the
   * `type` errors at `path` itself, or, when those are all there is, become one `type` error listing the types.
   */
  const oneOf = (branches: Schema[], value: unknown, path: string): void => {
    const before = errors.length;
    let passing = 0;
    pending++;
    for (let index = 0; index < branches.length; index++) {
      const count = errors.length;
      node(branches[index]!, value, path);
      if (errors.length === count) passing++;
    }
    pending--;
    if (passing === 1) {
      errors.length = before;
      return;
    }
    let first = errors.length;
    while (first > 0 && isAtOrUnder(errors[first - 1]!.instancePath, path)) first--;
    const types: string[] = [];
    let kept = first;
    for (let index = first; index < errors.length; index++) {
      const branchError = errors[index]!;
      if (branchError.keyword === 'type' && branchError.instancePath === path) types.push(String(branchError.params.type));
      else errors[kept++] = branchError;
    }
    errors.length = kept;
    if (kept === first) errors.push({ instancePath: path, keyword: 'type', params: { type: types.join(',') } });
    enough();
  };

  const number = (schema: SchemaObject, value: number, path: string): void => {
    const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
    if (minimum !== undefined && value < minimum) error(path, 'minimum', { comparison: '>=', limit: minimum });
    if (maximum !== undefined && value > maximum) error(path, 'maximum', { comparison: '<=', limit: maximum });
  };

  const string = (schema: SchemaObject, value: string, path: string): void => {
    const { minLength, maxLength, pattern } = schema as { minLength?: number; maxLength?: number; pattern?: string };
    if (minLength !== undefined && ucs2length(value) < minLength) error(path, 'minLength', { limit: minLength });
    if (maxLength !== undefined && ucs2length(value) > maxLength) error(path, 'maxLength', { limit: maxLength });
    if (pattern !== undefined && !matches(pattern, value)) error(path, 'pattern', { pattern });
  };

  const array = (schema: SchemaObject, value: unknown[], path: string): void => {
    const { minItems, maxItems, items } = schema as { minItems?: number; maxItems?: number; items?: Schema };
    if (minItems !== undefined && value.length < minItems) error(path, 'minItems', { limit: minItems });
    if (maxItems !== undefined && value.length > maxItems) error(path, 'maxItems', { limit: maxItems });
    if (items !== undefined) for (let index = 0; index < value.length; index++) node(items, value[index], `${path}/${index}`);
  };

  const object = (schema: SchemaObject, value: Record<string, unknown>, path: string): void => {
    const properties = schema.properties as Record<string, Schema> | undefined;
    const required = schema.required as string[] | undefined;
    // ajv reads a property as present when it is not undefined, inherited or own, and so does this.
    if (required !== undefined)
      for (const name of required) if (value[name] === undefined) error(path, 'required', { missingProperty: name });
    if (properties !== undefined)
      for (const name in properties) {
        const property = value[name];
        if (property !== undefined) node(properties[name]!, property, appendPointer(path, name));
      }
    const additional = schema.additionalProperties as Schema | undefined;
    if (additional !== undefined && additional !== true)
      for (const key in value) {
        if (properties !== undefined && Object.hasOwn(properties, key)) continue;
        if (additional === false) error(path, 'additionalProperties', { additionalProperty: key });
        else node(additional, value[key], appendPointer(path, key));
      }
    if (schema.discriminator !== undefined) discriminator(schema, value, path);
    const known = schema[STRICT_PROPERTIES] as string[] | true | undefined;
    if (strict && known !== undefined)
      for (const key in value) {
        const isKnown = known === true ? properties !== undefined && Object.hasOwn(properties, key) : known.includes(key);
        if (!isKnown) error(path, 'additionalProperties', { additionalProperty: key });
      }
  };

  /** ajv's `discriminator`: the tag must be a string naming a variant, and only that variant is checked. */
  const discriminator = (schema: SchemaObject, value: Record<string, unknown>, path: string): void => {
    const tag = (schema.discriminator as { propertyName: string }).propertyName;
    const tagValue = value[tag];
    if (typeof tagValue !== 'string') {
      error(path, 'discriminator', { error: 'tag', tag, tagValue });
      return;
    }
    for (const branch of schema.oneOf as { $ref: string }[]) {
      const variant = resolve(branch.$ref) as { properties: Record<string, { const?: unknown }> };
      if (variant.properties[tag]!.const === tagValue) {
        node(variant, value, path);
        return;
      }
    }
    error(path, 'discriminator', { error: 'mapping', tag, tagValue });
  };

  try {
    node(resolve(ref), data, '');
  } catch (stop) {
    if (stop !== ENOUGH) throw stop;
    // A `oneOf` resolved at the last step may have added several.
    errors.length = limit + 1;
  }
  return errors;
}

/** `path` is `at` or a pointer into it. */
function isAtOrUnder(path: string, at: string): boolean {
  return path.length === at.length
    ? path === at
    : path.length > at.length && path.charCodeAt(at.length) === 47 /* / */ && path.startsWith(at);
}

/** ajv's type tests, with `strictNumbers`: numbers and integers are finite. */
function hasType(type: unknown, data: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof data === 'object' && data !== null && !Array.isArray(data);
    case 'array':
      return Array.isArray(data);
    case 'string':
      return typeof data === 'string';
    case 'boolean':
      return typeof data === 'boolean';
    case 'null':
      return data === null;
    case 'integer':
      return Number.isInteger(data);
    case 'number':
      return typeof data === 'number' && Number.isFinite(data);
    default:
      return false;
  }
}

// Patterns as ajv compiles them, with the "u" flag; each compiled once, when a failure first needs it.
const patterns = new Map<string, RegExp>();

function matches(pattern: string, text: string): boolean {
  let regExp = patterns.get(pattern);
  if (regExp === undefined) patterns.set(pattern, (regExp = new RegExp(pattern, 'u')));
  return regExp.test(text);
}
