import { appendPointer } from './json-pointer.js';
import type { RawError } from './types.js';
import { ucs2length } from './ucs2length.js';

/**
 * Says why a payload fails: every error, in ajv's form (`instancePath`, `keyword`, `params`), for the payloads the
 * fast path rejected. Generated code cannot afford to carry a second validator per event, so this one reads the
 * schema itself: the bundle the fast path was generated from (annotations stripped, `discriminator` beside each
 * union, `x-strict-properties` on the objects strict mode closes), shipped as JSON text and parsed on the first
 * failure only. It follows ajv's rules with `allErrors` for the subset's keywords (scripts/lib/fast-path/ lists
 * them; the build stops on any other), so its errors are those ajv gives: test/property-based.test.ts compares the
 * two on mutated payloads, test/fast-path.test.ts the verdicts. Work is linear in the payload and bounded by the
 * schema's depth; a schema never recurses.
 */
export type Explain = (data: unknown, strict: boolean) => RawError[];

type Schema = { readonly [keyword: string]: unknown } | boolean;

// Each bundle parsed once, when a payload first fails: a vendor module's events share one text.
const parsed = new Map<string, Schema>();

/** The `explain` of `ref` (`#` or `#/$defs/<Title>`) in a bundle given as JSON text. */
export function explainer(bundleText: string, ref: string): Explain {
  return (data, strict) => {
    let bundle = parsed.get(bundleText);
    if (bundle === undefined) parsed.set(bundleText, (bundle = JSON.parse(bundleText) as Schema));
    const walk = new Walk(bundle, strict);
    walk.node(walk.resolve(ref), data, '');
    return walk.errors;
  };
}

/** The mark of an object strict mode closes (scripts/lib/strict-properties-keyword.ts): `true` for its own properties, or a list. */
const STRICT_PROPERTIES = 'x-strict-properties';

class Walk {
  readonly errors: RawError[] = [];

  constructor(
    private readonly bundle: Schema,
    private readonly strict: boolean,
  ) {}

  resolve(ref: unknown): Schema {
    if (ref === '#') return this.bundle;
    const title = typeof ref === 'string' && ref.startsWith('#/$defs/') ? ref.slice(8) : undefined;
    const definitions = typeof this.bundle === 'object' ? (this.bundle.$defs as Record<string, Schema> | undefined) : undefined;
    const definition = title === undefined || definitions === undefined ? undefined : definitions[title];
    if (definition === undefined) throw new Error(`@chat-webhooks/validators: unresolvable $ref ${String(ref)} in a generated bundle`);
    return definition;
  }

  private error(instancePath: string, keyword: string, params: Record<string, unknown>): void {
    this.errors.push({ instancePath, keyword, params });
  }

  /**
   * ajv's order: a wrong type first, then the keywords for any type (`$ref`, `const`, `enum`, `oneOf`), then those
   * of the data's own type. Only the position of a `oneOf`'s branch errors matters (format-errors.ts reads them as
   * the errors just before the `oneOf` error); the rest is compared as a set.
   */
  node(schema: Schema, data: unknown, path: string): void {
    if (schema === true) return;
    if (schema === false) {
      this.error(path, 'false schema', {});
      return;
    }
    const { type } = schema;
    if (type !== undefined && !(Array.isArray(type) ? type.some((one) => hasType(one, data)) : hasType(type, data))) {
      this.error(path, 'type', { type });
    }
    if (schema.$ref !== undefined) this.node(this.resolve(schema.$ref), data, path);
    if ('const' in schema && data !== schema.const) this.error(path, 'const', { allowedValue: schema.const });
    if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(data)) this.error(path, 'enum', { allowedValues: schema.enum });
    if (schema.oneOf !== undefined && schema.discriminator === undefined) this.oneOf(schema.oneOf as Schema[], data, path);
    if (typeof data === 'number') {
      if (Number.isFinite(data)) this.number(schema, data, path);
    } else if (typeof data === 'string') this.string(schema, data, path);
    else if (Array.isArray(data)) this.array(schema, data, path);
    else if (typeof data === 'object' && data !== null) this.object(schema, data as Record<string, unknown>, path);
  }

  /** Every branch is tried and reports; when exactly one passes, their errors are taken back (ajv does the same). */
  private oneOf(branches: Schema[], data: unknown, path: string): void {
    const before = this.errors.length;
    const passing: number[] = [];
    for (let index = 0; index < branches.length; index++) {
      const errors = this.errors.length;
      this.node(branches[index]!, data, path);
      if (this.errors.length === errors) passing.push(index);
    }
    if (passing.length === 1) this.errors.length = before;
    else this.error(path, 'oneOf', { passingSchemas: passing.length === 0 ? null : passing });
  }

  private number(schema: Schema & object, data: number, path: string): void {
    const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
    if (minimum !== undefined && data < minimum) this.error(path, 'minimum', { comparison: '>=', limit: minimum });
    if (maximum !== undefined && data > maximum) this.error(path, 'maximum', { comparison: '<=', limit: maximum });
  }

  private string(schema: Schema & object, data: string, path: string): void {
    const { minLength, maxLength, pattern } = schema as { minLength?: number; maxLength?: number; pattern?: string };
    if (minLength !== undefined && ucs2length(data) < minLength) this.error(path, 'minLength', { limit: minLength });
    if (maxLength !== undefined && ucs2length(data) > maxLength) this.error(path, 'maxLength', { limit: maxLength });
    if (pattern !== undefined && !matches(pattern, data)) this.error(path, 'pattern', { pattern });
  }

  private array(schema: Schema & object, data: unknown[], path: string): void {
    const { minItems, maxItems, items } = schema as { minItems?: number; maxItems?: number; items?: Schema };
    if (minItems !== undefined && data.length < minItems) this.error(path, 'minItems', { limit: minItems });
    if (maxItems !== undefined && data.length > maxItems) this.error(path, 'maxItems', { limit: maxItems });
    if (items !== undefined) for (let index = 0; index < data.length; index++) this.node(items, data[index], `${path}/${index}`);
  }

  private object(schema: Schema & object, data: Record<string, unknown>, path: string): void {
    const properties = schema.properties as Record<string, Schema> | undefined;
    const required = schema.required as string[] | undefined;
    // ajv reads a property as present when it is not undefined, inherited or own, and so does this.
    if (required !== undefined)
      for (const name of required) if (data[name] === undefined) this.error(path, 'required', { missingProperty: name });
    if (properties !== undefined)
      for (const name in properties) {
        const value = data[name];
        if (value !== undefined) this.node(properties[name]!, value, appendPointer(path, name));
      }
    const additional = schema.additionalProperties as Schema | undefined;
    if (additional !== undefined && additional !== true)
      for (const key in data) {
        if (properties !== undefined && Object.hasOwn(properties, key)) continue;
        if (additional === false) this.error(path, 'additionalProperties', { additionalProperty: key });
        else this.node(additional, data[key], appendPointer(path, key));
      }
    if (schema.discriminator !== undefined) this.discriminator(schema, data, path);
    const known = schema[STRICT_PROPERTIES] as string[] | true | undefined;
    if (this.strict && known !== undefined)
      for (const key in data) {
        const isKnown = known === true ? properties !== undefined && Object.hasOwn(properties, key) : known.includes(key);
        if (!isKnown) this.error(path, 'additionalProperties', { additionalProperty: key });
      }
  }

  /** ajv's `discriminator`: the tag must be a string naming a variant, and only that variant is checked. */
  private discriminator(schema: Schema & object, data: Record<string, unknown>, path: string): void {
    const tag = (schema.discriminator as { propertyName: string }).propertyName;
    const value = data[tag];
    if (typeof value !== 'string') {
      this.error(path, 'discriminator', { error: 'tag', tag, tagValue: value });
      return;
    }
    for (const branch of schema.oneOf as { $ref: string }[]) {
      const variant = this.resolve(branch.$ref) as { properties: Record<string, { const?: unknown }> };
      if (variant.properties[tag]!.const === value) {
        this.node(variant, data, path);
        return;
      }
    }
    this.error(path, 'discriminator', { error: 'mapping', tag, tagValue: value });
  }
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
