import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { appendPointer } from '../src/core/json-pointer.js';
import type { StandardSchemaV1, WebhookSchema } from '../src/core/standard-schema.js';
import type { ValidationError, Vendor } from '../src/core/types.js';
import type { VendorValidator } from '../src/core/create-vendor-validator.js';
import { validate, validateEvent, vendorValidators, webhookSchema } from '../src/index.js';
import { documented, onePerEvent } from './examples.js';
import { applyMutations, mutationsOf } from './mutations.js';
import { typeErrors as compile } from '../../types/test/compile-typescript.js';

type AnySchema = WebhookSchema<unknown>;

/** The per-event entry point's own schema (it has its own copy of the compiled code). */
async function eventEntrySchema(vendor: string, name: string): Promise<AnySchema> {
  const module = (await import(
    /* @vite-ignore */ new URL(`../src/generated/${vendor}/${name.replaceAll(':', '.')}.ts`, import.meta.url).href
  )) as Record<string, unknown>;
  const [schema, ...others] = Object.entries(module).filter(([key]) => key.startsWith('schema'));
  expect(others).toEqual([]);
  return schema![1] as AnySchema;
}

function run(schema: StandardSchemaV1, value: unknown): StandardSchemaV1.Result<unknown> {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new Error('our schemas are synchronous');
  return result;
}

/**
 * What a Standard Schema result must say, given the package's own result: the value itself, or one issue per
 * error with its message and a path that spells the error's JSON pointer, numbers exactly where the payload
 * holds an array. Checked by walking the payload, independently of how the package builds the path.
 */
function expectSameVerdict(
  result: StandardSchemaV1.Result<unknown>,
  ours: { ok: true } | { ok: false; errors: ValidationError[] },
  value: unknown,
): void {
  if (ours.ok) {
    expect(result).toEqual({ value });
    expect((result as { value: unknown }).value).toBe(value);
    return;
  }
  expect(result.issues?.map((issue) => issue.message)).toEqual(ours.errors.map((error) => error.message));
  result.issues!.forEach((issue, index) => {
    let container: unknown = value;
    let pointer = '';
    for (const segment of issue.path ?? []) {
      expect(typeof segment === 'number').toBe(Array.isArray(container));
      pointer = appendPointer(pointer, segment as string | number);
      container =
        container !== null && typeof container === 'object' ? (container as Record<string, unknown>)[segment as string] : undefined;
    }
    expect(pointer).toBe(ours.errors[index]!.path);
  });
}

describe('Standard Schema v1', () => {
  it('every schema says version 1, vendor chat-webhooks, and answers synchronously', async () => {
    const talkplus = vendorValidators.talkplus;
    for (const schema of [
      talkplus.schema,
      talkplus.schema.strict,
      webhookSchema('sendbird', 'open_channel:create'),
      await eventEntrySchema('nexconn', 'message:send'),
    ]) {
      expect(schema['~standard']).toMatchObject({ version: 1, vendor: 'chat-webhooks' });
      expect(typeof schema['~standard'].validate).toBe('function');
    }
  });

  it('every documented example passes every schema of its event and vendor, lenient and strict, as the value itself', async () => {
    expect(documented.length).toBeGreaterThan(72);
    for (const { vendor, name, payload } of documented) {
      const schemas = [
        webhookSchema(vendor),
        webhookSchema(vendor, name as never),
        (vendorValidators[vendor] as VendorValidator<Vendor>).eventSchema(name as never),
        await eventEntrySchema(vendor, name),
      ];
      for (const schema of schemas) {
        for (const flavour of [schema, schema.strict]) expect(run(flavour, payload), `${vendor} ${name}`).toEqual({ value: payload });
      }
    }
  });

  it('reports what validate reports, with paths of segments: unescaped keys, numbers for array indexes', () => {
    const payload = structuredClone(
      documented.find((entry) => entry.vendor === 'talkplus' && entry.name === 'member_added')!.payload,
    ) as any;
    payload.users[0].id = 7;
    payload['a/b~c'] = true;
    const strict = run(webhookSchema('talkplus').strict, payload);
    expect(strict.issues).toEqual([
      { message: expect.stringContaining('/users/0/id'), path: ['users', 0, 'id'] },
      { message: expect.stringContaining('/a~1b~0c is not in the schema'), path: ['a/b~c'] },
    ]);
    expect(run(webhookSchema('talkplus'), payload).issues).toEqual([strict.issues![0]]);
    expectSameVerdict(strict, validate('talkplus', payload, { strict: true }), payload);
    expect(run(webhookSchema('talkplus'), { event: 'nope' }).issues).toEqual([
      { message: expect.stringContaining('talkplus has no event "nope"'), path: ['event'] },
    ]);
    expect(run(webhookSchema('talkplus', 'member_added'), 'not an object').issues).toEqual([{ message: expect.any(String), path: [] }]);
  });

  for (const { vendor, name, payload } of onePerEvent) {
    it(`${vendor} ${name}: on mutated payloads, the event's and the vendor's schemas agree with validateEvent and validate`, async () => {
      const entry = await eventEntrySchema(vendor, name);
      fc.assert(
        fc.property(mutationsOf(payload), fc.boolean(), (mutations, strict) => {
          const value = applyMutations(payload, mutations);
          const pick = (schema: AnySchema) => (strict ? schema.strict : schema);
          const ofEvent = validateEvent(vendor, name as never, value, { strict });
          expectSameVerdict(run(pick(entry), value), ofEvent, value);
          expectSameVerdict(run(pick(webhookSchema(vendor, name as never)), value), ofEvent, value);
          expectSameVerdict(run(pick(webhookSchema(vendor)), value), validate(vendor, value, { strict }), value);
        }),
        { numRuns: 100 },
      );
    });
  }

  it('an unknown vendor or event is a TypeError when the schema is asked for, never a schema that refuses everything', () => {
    expect(() => webhookSchema('slack' as never)).toThrow(/^@chat-webhooks\/validators: unknown vendor "slack"/);
    expect(() => webhookSchema('talkplus', 'nope' as never)).toThrow(/talkplus has no event "nope"/);
    for (const name of ['__proto__', 'constructor', 'toString'])
      expect(() => vendorValidators.talkplus.eventSchema(name as never)).toThrow(`talkplus has no event "${name}"`);
  });

  it("an event's schema is made once: asking again gives the same schema, which checks that event only", () => {
    const schema = vendorValidators.sendbird.eventSchema('user:block');
    expect(vendorValidators.sendbird.eventSchema('user:block')).toBe(schema);
    expect(vendorValidators.sendbird.eventSchema('user:unblock')).not.toBe(schema);
    const payload = documented.find((entry) => entry.vendor === 'sendbird' && entry.name === 'user:block')!.payload;
    expect(run(schema, payload)).toEqual({ value: payload });
    expect(run(vendorValidators.sendbird.eventSchema('user:unblock'), payload).issues?.length).toBeGreaterThan(0);
  });
});

// The consumer's view: the built package and its declarations, through its exports map, compiled with the
// strictest options against the official `@standard-schema/spec` types.
describe('a strict TypeScript consumer', () => {
  const tmpDir = join(import.meta.dirname, '.tmp');
  afterAll(() => rmSync(tmpDir, { recursive: true, force: true }));

  // The repository's strictest options: what a careful consumer compiles with.
  const typeErrors = (file: string) => compile([file], { exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true });

  it('passes our schemas to a function typed on StandardSchemaV1 and gets the event type (test/standard-schema-consumer.ts)', () => {
    expect(typeErrors(join(import.meta.dirname, 'standard-schema-consumer.ts'))).toEqual([]);
  });

  it('gets a type error when it uses the inferred event as another event', () => {
    mkdirSync(tmpDir, { recursive: true });
    const file = join(tmpDir, 'wrong.ts');
    writeFileSync(
      file,
      `import type { StandardSchemaV1 } from '@standard-schema/spec';
import { schemaTalkplusMemberAddedEvent } from '@chat-webhooks/validators/talkplus/member_added';
declare function output<S extends StandardSchemaV1>(schema: S): StandardSchemaV1.InferOutput<S>;
export const misspelt: string = output(schemaTalkplusMemberAddedEvent).channel.nmae;
`,
    );
    const errors = typeErrors(file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("Property 'nmae' does not exist");
  });
});
