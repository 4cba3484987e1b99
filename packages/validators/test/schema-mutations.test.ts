import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '@chat-webhooks/schemas';
import { validateEvent } from '../src/index.js';
import { onePerEvent } from './examples.js';

type Node = { [keyword: string]: unknown };
interface Mutation {
  description: string;
  path: string;
  keyword?: string;
  apply: (payload: any) => void;
}

const JSON_TYPE_SAMPLES: [string, unknown][] = [
  ['integer', 12345],
  ['string', 'not what the schema wants'],
  ['boolean', true],
  ['array', []],
  ['object', {}],
  ['null', null],
];

function resolve(root: JsonSchema, node: Node): Node {
  const ref = typeof node.$ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(node.$ref) : null;
  return ref ? resolve(root, (root.$defs as Record<string, Node>)[ref[1]!]!) : node;
}

/** The JSON types a schema accepts, or undefined when it accepts anything. */
function acceptedTypes(root: JsonSchema, raw: Node): Set<string> | undefined {
  const node = resolve(root, raw);
  if (Array.isArray(node.oneOf)) {
    const branches = node.oneOf.map((branch) => acceptedTypes(root, branch as Node));
    return branches.some((types) => types === undefined) ? undefined : new Set(branches.flatMap((types) => [...types!]));
  }
  const values = 'const' in node ? [node.const] : Array.isArray(node.enum) ? node.enum : undefined;
  if (values) return new Set(values.map((value) => (value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value)));
  if (node.type === undefined) return undefined;
  const types = new Set([node.type].flat() as string[]);
  if (types.has('number')) types.add('integer');
  return types;
}

/** The branch of a nullable `oneOf` that a non-null value takes. */
function branchFor(root: JsonSchema, raw: Node, value: unknown): Node {
  const node = resolve(root, raw);
  if (!Array.isArray(node.oneOf)) return node;
  return resolve(root, node.oneOf.find((branch) => (value === null) === (resolve(root, branch as Node).type === 'null')) as Node);
}

function setAt(payload: any, segments: (string | number)[], value: unknown, remove = false) {
  const parent = segments.slice(0, -1).reduce((current, segment) => current[segment], payload);
  if (remove) delete parent[segments.at(-1)!];
  else parent[segments.at(-1)!] = value;
}

/** Mutations derived from the schema itself, applied where the example has a value. */
function* mutationsOf(root: JsonSchema, raw: Node, value: unknown, segments: (string | number)[]): Generator<Mutation> {
  const node = branchFor(root, raw, value);
  const path = segments.map((segment) => `/${segment}`).join('');
  if (node.properties && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const key of (node.required as string[] | undefined) ?? []) {
      if (key in value)
        yield {
          description: `${path}/${key} removed`,
          path: `${path}/${key}`,
          keyword: 'required',
          apply: (payload) => setAt(payload, [...segments, key], undefined, true),
        };
    }
    for (const [key, property] of Object.entries(node.properties as Record<string, Node>)) {
      if (!(key in value)) continue;
      const child = (value as Record<string, unknown>)[key];
      const accepted = acceptedTypes(root, property);
      const wrong = accepted && JSON_TYPE_SAMPLES.find(([type]) => !accepted.has(type) && !(type === 'integer' && accepted.has('number')));
      if (wrong)
        yield {
          description: `${path}/${key} given ${JSON.stringify(wrong[1])}`,
          path: `${path}/${key}`,
          apply: (payload) => setAt(payload, [...segments, key], wrong[1]),
        };
      const resolved = branchFor(root, property, child);
      if (Array.isArray(resolved.enum)) {
        const unknown = typeof resolved.enum[0] === 'number' ? 999_999 : 'NOT_A_DOCUMENTED_VALUE';
        yield {
          description: `${path}/${key} given the unknown enum value ${JSON.stringify(unknown)}`,
          path: `${path}/${key}`,
          keyword: 'enum',
          apply: (payload) => setAt(payload, [...segments, key], unknown),
        };
      }
      yield* mutationsOf(root, property, child, [...segments, key]);
    }
  }
  if (node.items && Array.isArray(value) && value.length > 0) yield* mutationsOf(root, node.items as Node, value[0], [...segments, 0]);
}

describe('mutations derived from each schema are rejected at the right path', () => {
  for (const { vendor, name, payload, schema } of onePerEvent) {
    const mutations = [...mutationsOf(schema, schema as Node, payload, [])];
    it(`${vendor} ${name}: ${mutations.length} mutations (each required property removed, each property mistyped, each enum value unknown)`, () => {
      expect(mutations.length).toBeGreaterThan(5);
      for (const mutation of mutations) {
        const mutated = structuredClone(payload);
        mutation.apply(mutated);
        const result = validateEvent(vendor, name as never, mutated);
        expect(result.ok, mutation.description).toBe(false);
        if (result.ok) continue;
        const atPath = result.errors.filter((error) => error.path === mutation.path);
        expect(atPath.length, `${mutation.description}: ${JSON.stringify(result.errors)}`).toBeGreaterThan(0);
        if (mutation.keyword)
          expect(
            atPath.map((error) => error.keyword),
            mutation.description,
          ).toContain(mutation.keyword);
      }
    });
  }
});
