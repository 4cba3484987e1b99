import vm from 'node:vm';
import standalone from 'ajv/dist/standalone/index.js';
import { describe, expect, it } from 'vitest';
import { compactStandaloneCode } from '../lib/compact-standalone-code.ts';
import { createAjv } from '../lib/create-ajv.ts';

const schema = {
  type: 'object',
  required: ['kind', 'user'],
  properties: { kind: { enum: ['a', 'b'] }, user: { $ref: '#/$defs/User' }, users: { type: 'array', items: { $ref: '#/$defs/User' } } },
  $defs: {
    User: {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string', minLength: 1 }, tags: { type: 'array', items: { type: 'string' } } },
    },
  },
};

function standaloneModule(): string {
  const ajv = createAjv({ code: { source: true, esm: true, optimize: true }, messages: false });
  ajv.addSchema(schema, 'root');
  return standalone.default(ajv, { validate: 'root' }).replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'ucs2length');
}

/**
 * What the compacted code calls for each error: the generated module imports the validators package's `pushError`
 * (packages/validators/src/core/append-errors.ts, tested there); the scripts do not depend on that package, so the
 * contract is restated here: append `{ instancePath, keyword, params }`, creating the list on the first error.
 */
function pushError(errors: unknown[] | null, instancePath: string, keyword: string, params: unknown): unknown[] {
  return [...(errors ?? []), { instancePath, keyword, params }];
}

/** Runs an ES module's text as a function returning its `validate` export, with `pushError` in scope. */
function load(code: string): ((data: unknown) => boolean) & { errors?: unknown[] | null } {
  const body = code.replace(/^"use strict";/, '').replace(/export const (\w+) = /g, 'exports.$1 = ');
  const factory = new vm.Script(
    `(function(pushError){const ucs2length = (text) => [...text].length; const exports = {}; ${body}; return exports.validate;})`,
  ).runInThisContext();
  return factory(pushError);
}

const payloads = [
  { kind: 'a', user: { id: 'x' } },
  { kind: 'c', user: { id: '' } },
  { kind: 'b', user: { id: 'x', tags: [1] }, users: [{ id: 'y' }, {}] },
  { user: 'nobody' },
  [],
];

describe('compactStandaloneCode', () => {
  it('keeps the meaning: same verdicts and the same errors (less schemaPath), in less code', () => {
    const original = standaloneModule();
    const compacted = compactStandaloneCode(original);
    expect(compacted.length).toBeLessThan(original.length * 0.8);
    const [before, after] = [load(original), load(compacted)];
    for (const payload of payloads) {
      expect(after(payload), JSON.stringify(payload)).toBe(before(payload));
      const withoutSchemaPath = (before.errors ?? []).map((error) => ({ ...(error as object), schemaPath: undefined }));
      expect(JSON.parse(JSON.stringify(after.errors ?? []))).toEqual(JSON.parse(JSON.stringify(withoutSchemaPath)));
    }
  });

  it('drops the schema constants, the options objects and the whitespace', () => {
    const compacted = compactStandaloneCode(standaloneModule());
    expect(compacted).not.toMatch(/schemaPath|parentData|rootData|dynamicAnchors|\bschema\d+\b/);
    expect(compacted).toMatch(/^export const validate = \w+;$/m);
  });

  it('stops the build when ajv output no longer looks as expected', () => {
    const unexpected = standaloneModule().replace(/dynamicAnchors=\{\}\}=\{\}/, 'dynamicAnchors = {}} = {}');
    expect(() => compactStandaloneCode(unexpected)).toThrow(/options objects no longer look as expected/);
  });
});
