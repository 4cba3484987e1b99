import { ANNOTATION_KEYWORDS } from '@chat-webhooks/schema-toolkit';
import { definitionAt } from '../variants.ts';
import { STRICT_PROPERTIES_KEYWORD } from '../strict-properties-keyword.ts';
import { VALIDATOR_KEYWORDS } from '../validator-keywords.ts';
import { isSchemaNode, type SchemaNode } from '../walk-schema.ts';

/**
 * The boolean fast path of a validator: for each export, a function `(data, strict) => boolean` that answers
 * exactly what ajv answers on the same bundle (a validatorBundle: annotations stripped, `x-strict-properties`
 * marks, ajv `discriminator`s), and builds nothing: no error objects, no paths. It returns at the first failure.
 * Only a rejected payload runs the explainer (packages/validators/src/core/explain.ts), to say why. Strict mode is
 * the `strict` argument, read where the bundle carries its `x-strict-properties` marks, so the strict flavour is
 * derived from the same marks and never kept by hand.
 *
 * Covers the keywords the schema subset allows (the schema toolkit's keyword lists); anything else stops the build, so
 * that the fast path can never quietly accept what ajv rejects. test/fast-path.test.ts checks the agreement.
 */
export function emitFastCheck(
  bundle: SchemaNode,
  exports: Record<string, string>,
  label: string,
): { code: string; usesUcs2length: boolean } {
  const emitter = new Emitter(bundle, label);
  const exported = Object.entries(exports).map(([name, ref]) => `export const ${name} = ${emitter.functionFor(ref)};`);
  return {
    code: `${emitter.preamble.join('\n')}\n${emitter.functions.join('\n')}\n${exported.join('\n')}\n`,
    usesUcs2length: emitter.usesUcs2length,
  };
}

/** Keywords that never change a verdict here: annotations (stripped before), `$defs` (reached through `$ref`), `format` (not asserted). */
const IGNORED = new Set([...ANNOTATION_KEYWORDS, '$defs', 'format']);
/** Which data type a keyword applies to: ajv skips it for data of another type. */
const KEYWORD_TYPE: Record<string, JsonType> = {
  properties: 'object',
  required: 'object',
  additionalProperties: 'object',
  discriminator: 'object',
  [STRICT_PROPERTIES_KEYWORD]: 'object',
  items: 'array',
  minItems: 'array',
  maxItems: 'array',
  pattern: 'string',
  minLength: 'string',
  maxLength: 'string',
  minimum: 'number',
  maximum: 'number',
};

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** ajv's type tests (strictNumbers: integers and numbers are finite). */
function typeTest(type: string, v: string): string {
  switch (type) {
    case 'object':
      return `(typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v}))`;
    case 'array':
      return `Array.isArray(${v})`;
    case 'string':
      return `typeof ${v} === "string"`;
    case 'boolean':
      return `typeof ${v} === "boolean"`;
    case 'null':
      return `${v} === null`;
    // ajv's `typeof x == "number" && !(x % 1) && !isNaN(x) && isFinite(x)`; V8 answers it without a float modulo.
    case 'integer':
      return `Number.isInteger(${v})`;
    case 'number':
      return `(typeof ${v} === "number" && isFinite(${v}))`;
    default:
      throw new Error(`unknown type ${JSON.stringify(type)}`);
  }
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function access(v: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${v}.${key}` : `${v}[${JSON.stringify(key)}]`;
}

class Emitter {
  readonly preamble: string[] = [];
  readonly functions: string[] = [];
  usesUcs2length = false;
  private readonly names = new Map<string, string>();
  private readonly patterns = new Map<string, string>();
  private variables = 0;

  constructor(
    private readonly bundle: SchemaNode,
    private readonly label: string,
  ) {}

  private fail(pointer: string, message: string): never {
    throw new Error(
      `${this.label}: the fast path cannot compile ${pointer || '#'}: ${message}; extend scripts/lib/fast-path/emit-fast-check.ts`,
    );
  }

  /** The name of the function checking the definition at `ref` (`#` or `#/$defs/<Title>`), emitted once. */
  functionFor(ref: string): string {
    const known = this.names.get(ref);
    if (known) return known;
    const node = ref === '#' ? this.bundle : definitionAt(this.bundle, ref);
    if (!node) this.fail(ref, `unresolvable $ref ${ref}`);
    return this.emitFunction(ref, node);
  }

  /**
   * A function expression bound to a `const`, not a function declaration: V8 knows a `const` binding never changes,
   * so a call of it needs no check of its target and inlines surely (measured: a fifth faster on small payloads).
   * Not an arrow: V8 parses a module's arrows at import where it skips function bodies (2 ms more for the root).
   */
  private emitFunction(key: string, node: unknown): string {
    const name = `f${this.names.size}`;
    this.names.set(key, name);
    const saved = this.variables;
    this.variables = 0;
    const body = this.node(node, 'd', key.slice(1));
    this.variables = saved;
    this.functions.push(`const ${name} = function (d, s) {\n${body.join('\n')}\nreturn true;\n};`);
    return name;
  }

  /** Whether the checks of `node` begin with one that `undefined` fails: a type, a `const` or an `enum` (of JSON values). */
  private rejectsUndefined(node: unknown, seen = new Set<string>()): boolean {
    if (!isSchemaNode(node)) return false;
    if (node.type !== undefined || 'const' in node || node.enum !== undefined) return true;
    if (typeof node.$ref !== 'string' || seen.has(node.$ref)) return false;
    seen.add(node.$ref);
    return this.rejectsUndefined(definitionAt(this.bundle, node.$ref), seen);
  }

  private variable(): string {
    return `v${this.variables++}`;
  }

  /** Statements that `return false` when `v` does not match `node`. */
  private node(node: unknown, v: string, pointer: string): string[] {
    if (node === true) return [];
    if (node === false) return ['return false;'];
    if (!isSchemaNode(node)) this.fail(pointer, 'a schema must be an object or a boolean');
    for (const keyword of Object.keys(node)) {
      if (!VALIDATOR_KEYWORDS.has(keyword) && !IGNORED.has(keyword)) this.fail(pointer, `keyword "${keyword}"`);
    }
    const out: string[] = [];
    const types = node.type === undefined ? undefined : ((Array.isArray(node.type) ? node.type : [node.type]) as string[]);
    if (types) out.push(`if (!(${types.map((type) => typeTest(type, v)).join(' || ')})) return false;`);
    // A single asserted type makes the keywords of that type unconditional and those of any other type moot.
    const only = types?.length === 1 ? types[0] : undefined;
    const groups: Record<string, string[]> = { object: [], array: [], string: [], number: [] };
    for (const keyword of Object.keys(node)) {
      const group = KEYWORD_TYPE[keyword];
      if (group) groups[group]!.push(keyword);
    }
    out.push(...this.generic(node, v, pointer));
    for (const [group, keywords] of Object.entries(groups)) {
      if (keywords.length === 0) continue;
      const asserted = only === group || (group === 'number' && only === 'integer');
      if (only !== undefined && !asserted) continue;
      const statements = this.typed(group as JsonType, node, v, pointer);
      if (asserted) out.push(...statements);
      else if (statements.length > 0) out.push(`if (${typeTest(group, v)}) {`, ...statements, '}');
    }
    return out;
  }

  /** Keywords that apply to data of any type. */
  private generic(node: SchemaNode, v: string, pointer: string): string[] {
    const out: string[] = [];
    if ('const' in node) {
      if (!isPrimitive(node.const)) this.fail(pointer, 'a non-primitive const');
      out.push(`if (${v} !== ${JSON.stringify(node.const)}) return false;`);
    }
    if (node.enum !== undefined) {
      if (!Array.isArray(node.enum) || !node.enum.every(isPrimitive)) this.fail(pointer, 'an enum of non-primitive values');
      out.push(`if (!(${node.enum.map((value) => `${v} === ${JSON.stringify(value)}`).join(' || ')})) return false;`);
    }
    if (node.$ref !== undefined) {
      if (typeof node.$ref !== 'string') this.fail(pointer, 'a $ref that is not a string');
      out.push(`if (!${this.functionFor(node.$ref)}(${v}, s)) return false;`);
    }
    // ajv skips `oneOf` when a `discriminator` stands beside it (the discriminator picks the one branch).
    if (node.oneOf !== undefined && node.discriminator === undefined) {
      if (!Array.isArray(node.oneOf)) this.fail(pointer, 'oneOf must be an array');
      const branches = node.oneOf.map((branch, index) => this.branch(branch, `${pointer}/oneOf/${index}`));
      const count = this.variable();
      out.push(
        `let ${count} = 0;`,
        ...branches.map((branch) => `if (${branch}(${v}, s) && ++${count} > 1) return false;`),
        `if (${count} !== 1) return false;`,
      );
    }
    return out;
  }

  /** A branch of `oneOf` as a function: a `$ref` alone is its definition's function. */
  private branch(branch: unknown, pointer: string): string {
    if (isSchemaNode(branch) && typeof branch.$ref === 'string' && Object.keys(branch).length === 1) return this.functionFor(branch.$ref);
    if (!isSchemaNode(branch) && typeof branch !== 'boolean') this.fail(pointer, 'a oneOf branch must be a schema');
    return this.names.get(`#${pointer}`) ?? this.emitFunction(`#${pointer}`, branch);
  }

  /** The keywords of one data type, `v` known to be of that type. */
  private typed(group: JsonType, node: SchemaNode, v: string, pointer: string): string[] {
    switch (group) {
      case 'object':
        return this.object(node, v, pointer);
      case 'array':
        return this.array(node, v, pointer);
      case 'string':
        return this.string(node, v, pointer);
      default:
        return this.number(node, v, pointer);
    }
  }

  private object(node: SchemaNode, v: string, pointer: string): string[] {
    const out: string[] = [];
    const properties = node.properties === undefined ? {} : node.properties;
    if (!isSchemaNode(properties)) this.fail(pointer, 'properties must be an object');
    const required = node.required === undefined ? [] : node.required;
    if (!Array.isArray(required) || !required.every((name) => typeof name === 'string')) this.fail(pointer, 'required must list names');
    for (const name of required) if (!(name in properties)) out.push(`if (${access(v, name)} === undefined) return false;`);
    for (const [name, schema] of Object.entries(properties)) {
      const value = this.variable();
      const checks = this.node(schema, value, `${pointer}/properties/${name}`);
      const isRequired = required.includes(name);
      if (checks.length === 0) {
        if (isRequired) out.push(`if (${access(v, name)} === undefined) return false;`);
        continue;
      }
      // Each value read once, into a variable of its own: joining the checks of optional values into one `if`
      // (through one reused variable, or reading each value twice) measured 10-40% slower on Sendbird's users.
      out.push(`const ${value} = ${access(v, name)};`);
      // A required value is checked as it is when its first check already fails on `undefined`.
      if (isRequired) out.push(...(this.rejectsUndefined(schema) ? [] : [`if (${value} === undefined) return false;`]), ...checks);
      else out.push(`if (${value} !== undefined) {`, ...checks, '}');
    }
    const own = Object.keys(properties);
    const isOwn = (key: string) => (own.length === 0 ? 'false' : own.map((name) => `${key} === ${JSON.stringify(name)}`).join(' || '));
    const additional = node.additionalProperties;
    if (additional !== undefined && additional !== true && !(isSchemaNode(additional) && Object.keys(additional).length === 0)) {
      const key = this.variable();
      const item = this.variable();
      const checks = this.node(additional, item, `${pointer}/additionalProperties`);
      out.push(`for (const ${key} in ${v}) {`, `if (${isOwn(key)}) continue;`, `const ${item} = ${v}[${key}];`, ...checks, '}');
    }
    if (node.discriminator !== undefined) out.push(...this.discriminator(node, v, pointer));
    const strictKnown = node[STRICT_PROPERTIES_KEYWORD];
    if (strictKnown !== undefined) {
      if (!Array.isArray(strictKnown)) this.fail(pointer, `${STRICT_PROPERTIES_KEYWORD} must list names`);
      const key = this.variable();
      const known = strictKnown.length === 0 ? 'false' : strictKnown.map((name) => `${key} === ${JSON.stringify(name)}`).join(' || ');
      // A chain of comparisons, though it names every property a second time (a fifth of the generated code):
      // a shared list (Array.includes, a Set, a helper's loop) measured 2.2-3x slower in strict mode.
      out.push(`if (s) for (const ${key} in ${v}) if (!(${known})) return false;`);
    }
    return out;
  }

  /**
   * ajv's `discriminator`: the tag must be a string naming a variant (by the variant's `const`), and only that
   * variant is checked. The variants are those of `oneOf`, each a `$ref`.
   */
  private discriminator(node: SchemaNode, v: string, pointer: string): string[] {
    const { propertyName } = node.discriminator as { propertyName?: unknown };
    if (typeof propertyName !== 'string' || !Array.isArray(node.oneOf))
      this.fail(pointer, 'a discriminator needs a propertyName and a oneOf');
    const tag = this.variable();
    const cases = node.oneOf.map((branch, index) => {
      const ref = isSchemaNode(branch) ? branch.$ref : undefined;
      const variant = typeof ref === 'string' ? definitionAt(this.bundle, ref) : undefined;
      const property = variant && isSchemaNode(variant.properties) ? variant.properties[propertyName] : undefined;
      if (typeof ref !== 'string' || !isSchemaNode(property) || typeof property.const !== 'string') {
        this.fail(`${pointer}/oneOf/${index}`, 'a discriminated variant must be a $ref whose tag is a string const');
      }
      return `case ${JSON.stringify(property.const)}: if (!${this.functionFor(ref)}(${v}, s)) return false; break;`;
    });
    return [
      `const ${tag} = ${access(v, propertyName)};`,
      `if (typeof ${tag} !== "string") return false;`,
      `switch (${tag}) {`,
      ...cases,
      'default: return false;',
      '}',
    ];
  }

  private array(node: SchemaNode, v: string, pointer: string): string[] {
    const out: string[] = [];
    if (node.minItems !== undefined) out.push(`if (${v}.length < ${this.count(node.minItems, pointer)}) return false;`);
    if (node.maxItems !== undefined) out.push(`if (${v}.length > ${this.count(node.maxItems, pointer)}) return false;`);
    if (node.items !== undefined) {
      const index = this.variable();
      const item = this.variable();
      const checks = this.node(node.items, item, `${pointer}/items`);
      if (checks.length > 0)
        out.push(`for (let ${index} = 0; ${index} < ${v}.length; ${index}++) {`, `const ${item} = ${v}[${index}];`, ...checks, '}');
    }
    return out;
  }

  /**
   * Lengths count code points (ajv's ucs2length). A string of n UTF-16 units has between n/2 and n code
   * points, so the count runs only when the units alone cannot decide: short strings never pay for it.
   */
  private string(node: SchemaNode, v: string, pointer: string): string[] {
    const out: string[] = [];
    if (node.minLength !== undefined) {
      const limit = this.count(node.minLength, pointer);
      // A non-empty string has at least one code point: up to 1 the units decide alone.
      if (limit <= 1) out.push(`if (${v}.length < ${limit}) return false;`);
      else {
        this.usesUcs2length = true;
        out.push(`if (${v}.length < ${limit} || (${v}.length < ${2 * limit} && ucs2length(${v}) < ${limit})) return false;`);
      }
    }
    if (node.maxLength !== undefined) {
      const limit = this.count(node.maxLength, pointer);
      this.usesUcs2length = true;
      out.push(`if (${v}.length > ${limit} && (${v}.length > ${2 * limit} || ucs2length(${v}) > ${limit})) return false;`);
    }
    if (node.pattern !== undefined) {
      if (typeof node.pattern !== 'string') this.fail(pointer, 'pattern must be a string');
      let name = this.patterns.get(node.pattern);
      if (!name) {
        name = `p${this.patterns.size}`;
        this.patterns.set(node.pattern, name);
        // ajv compiles patterns with the "u" flag.
        this.preamble.push(`const ${name} = new RegExp(${JSON.stringify(node.pattern)}, "u");`);
      }
      out.push(`if (!${name}.test(${v})) return false;`);
    }
    return out;
  }

  private number(node: SchemaNode, v: string, pointer: string): string[] {
    const out: string[] = [];
    for (const [keyword, operator] of [
      ['minimum', '<'],
      ['maximum', '>'],
    ] as const) {
      const limit = node[keyword];
      if (limit === undefined) continue;
      if (typeof limit !== 'number' || !Number.isFinite(limit)) this.fail(pointer, `${keyword} must be a finite number`);
      out.push(`if (${v} ${operator} ${limit}) return false;`);
    }
    // Without a single numeric type asserted, the caller guards with ajv's test for finite numbers.
    return out;
  }

  private count(value: unknown, pointer: string): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
      this.fail(pointer, 'a length limit must be a non-negative integer');
    return value;
  }
}
