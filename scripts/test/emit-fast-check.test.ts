import { describe, expect, it } from 'vitest';
import { emitFastCheck } from '../lib/fast-path/emit-fast-check.ts';
import { validatorBundle } from '../lib/validator-bundle.ts';
import type { SchemaNode } from '../lib/walk-schema.ts';

/** The fast path of `schema` as a function, its module text run in place (the validators' tests run the generated files). */
function fastPathOf(schema: SchemaNode): (data: unknown, strict?: boolean) => boolean {
  const { code } = emitFastCheck(validatorBundle(schema), { check: '#' }, 'test');
  const body = code.replace('export const check = ', 'return ');
  return new Function('ucs2length', body)((text: string) => [...text].length) as (data: unknown, strict?: boolean) => boolean;
}

describe('emitFastCheck', () => {
  it('rejects a missing required property whose own checks would let undefined through', () => {
    const check = fastPathOf({ type: 'object', required: ['id'], properties: { id: { minLength: 1 } } });
    expect(check({ id: 'x' })).toBe(true);
    expect(check({ id: 5 })).toBe(true);
    expect(check({})).toBe(false);
  });

  it('rejects a missing required property checked by its type, const, enum or reference alone', () => {
    const check = fastPathOf({
      type: 'object',
      required: ['a', 'b', 'c', 'd'],
      properties: { a: { type: 'string' }, b: { const: 'x' }, c: { enum: [1, 2] }, d: { $ref: '#/$defs/D' } },
      $defs: { D: { type: 'integer' } },
    });
    const valid = { a: 'a', b: 'x', c: 2, d: 3 };
    expect(check(valid)).toBe(true);
    for (const name of ['a', 'b', 'c', 'd']) {
      const { [name as keyof typeof valid]: _removed, ...missing } = valid;
      expect(check(missing), `without ${name}`).toBe(false);
    }
  });

  it('checks an optional property only when present, and strict mode rejects unknown ones', () => {
    const check = fastPathOf({ type: 'object', properties: { name: { type: 'string' } } });
    expect(check({})).toBe(true);
    expect(check({ name: 1 })).toBe(false);
    expect(check({ other: 1 }, false)).toBe(true);
    expect(check({ other: 1 }, true)).toBe(false);
  });

  it('stops the build on a keyword it does not implement, naming where', () => {
    expect(() => fastPathOf({ type: 'object', properties: { tags: { type: 'array', uniqueItems: true } } })).toThrow(
      /test: the fast path cannot compile \/properties\/tags: keyword "uniqueItems"/,
    );
  });
});
