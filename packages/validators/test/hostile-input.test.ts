import { describe, expect, it } from 'vitest';
import { parseWebhook, validate } from '../src/index.js';
import { onePerEvent } from './examples.js';

const valid = onePerEvent.find((entry) => entry.name === 'member_added')!.body;
const rejects = (body: string | Uint8Array, keyword: string, options?: Parameters<typeof parseWebhook>[2]) => {
  const result = parseWebhook('talkplus', body, options);
  if (result.ok) throw new Error(`expected ${keyword}, the body was accepted`);
  expect(result.errors.map((error) => error.keyword)).toEqual([keyword]);
  return result;
};

describe('parseWebhook never throws and never pollutes', () => {
  it('rejects invalid JSON', () => {
    expect(rejects('{"event": "member_added",', 'json')).toMatchObject({
      errors: [{ message: expect.stringMatching(/^the body is not valid JSON: /) }],
    });
  });

  it('rejects an empty body, and one of whitespace only', () => {
    rejects('', 'json');
    rejects(new Uint8Array(), 'json');
    rejects(' \r\n\t', 'json');
  });

  it('rejects a byte order mark, as text and as bytes', () => {
    rejects(`\uFEFF${valid}`, 'json');
    rejects(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(valid)]), 'json');
  });

  it('rejects invalid UTF-8', () => {
    const bytes = new TextEncoder().encode(valid);
    bytes[20] = 0xff;
    rejects(bytes, 'encoding');
    rejects(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 'encoding');
  });

  it('rejects JSON that is not an object: null, an array, a number, a string', () => {
    for (const body of ['null', '[]', '42', '"member_added"', 'true']) {
      expect(parseWebhook('talkplus', body)).toMatchObject({
        ok: false,
        errors: [{ path: '', keyword: 'type', message: expect.stringMatching(/^the payload must be an object, got /) }],
      });
    }
  });

  it('validate given a non-object answers ok: false', () => {
    for (const payload of [undefined, null, 0, 'x', [], true]) expect(validate('talkplus', payload).ok).toBe(false);
  });

  it('rejects a __proto__ key, at the top and nested, without polluting Object.prototype', () => {
    rejects('{"__proto__": {"polluted": true}, "event": "member_added"}', 'prototype');
    const nested = JSON.parse(valid);
    const body = JSON.stringify(nested).replace('"channel":{', '"channel":{"__proto__":{"polluted":true},');
    expect(rejects(body, 'prototype').errors[0]?.path).toBe('/channel/__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a __proto__ key whatever it holds, in objects and inside arrays, with its path', () => {
    for (const value of ['1', '"x"', 'null', 'true', '[]', '[{"a":1}]']) {
      expect(rejects(`{"event":"member_added","__proto__":${value}}`, 'prototype').errors[0]?.path).toBe('/__proto__');
      expect(rejects(`{"event":"member_added","list":[1,{"a":{"__proto__":${value}}}]}`, 'prototype').errors[0]?.path).toBe(
        '/list/1/a/__proto__',
      );
    }
  });

  it('accepts a constructor key that cannot pollute: a primitive, or an object without prototype', () => {
    for (const value of ['1', '"Object"', 'null', '{}', '{"name":"x"}', '[{"prototype":1}]']) {
      const body = JSON.stringify({ ...JSON.parse(valid), constructor: JSON.parse(value) });
      expect(parseWebhook('talkplus', body)).toMatchObject({ ok: true, name: 'member_added' });
    }
  });

  it('rejects the escaped form "\\u005f_proto__"', () => {
    rejects('{"event":"member_added","\\u005f\\u005fproto\\u005f\\u005f":{"polluted":true}}', 'prototype');
  });

  it('rejects constructor.prototype keys, plain and escaped', () => {
    rejects('{"event":"member_added","constructor":{"prototype":{"polluted":true}}}', 'prototype');
    rejects('{"event":"member_added","constructor":{"\\u0070rototype":{"polluted":true}}}', 'prototype');
  });

  it('rejects very deep nesting without a stack overflow', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(rejects(deep, 'tooDeep').errors[0]?.message).toMatch(/nested deeper than 64 levels$/);
    rejects(`{"event":"member_added","x":${'{"a":'.repeat(70)}1${'}'.repeat(70)}}`, 'tooDeep');
    expect(parseWebhook('talkplus', valid, { maxDepth: 3 }).ok).toBe(false);
  });

  it('counts depth exactly: maxDepth levels pass, one more is refused', () => {
    const nested = (levels: number) => `{"event":"member_added","x":${'{"a":'.repeat(levels - 1)}1${'}'.repeat(levels - 1)}}`;
    rejects(nested(10), 'tooDeep', { maxDepth: 9 });
    const atTheLimit = parseWebhook('talkplus', nested(9), { maxDepth: 9 });
    expect(atTheLimit.ok ? [] : atTheLimit.errors.map((error) => error.keyword)).not.toContain('tooDeep');
  });

  it('never throws when maxDepth allows more nesting than the stack holds', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    rejects(deep, 'type', { maxDepth: 1_000_000 });
  });

  it('rejects bodies over the size limit before parsing them, as text and as bytes', () => {
    const huge = `{"event":"member_added","pad":"${'x'.repeat(1024 * 1024)}"}`;
    expect(rejects(huge, 'tooLarge').errors[0]?.message).toBe('the body is larger than 1048576 bytes');
    rejects(new TextEncoder().encode(huge), 'tooLarge');
    rejects(valid, 'tooLarge', { maxBytes: 100 });
    // Multi-byte characters count as bytes, not as UTF-16 units.
    rejects(`{"event":"${'한'.repeat(400)}"}`, 'tooLarge', { maxBytes: 1000 });
  });

  it('rejects a body that is not a string or bytes (a parsed object, for instance)', () => {
    expect(parseWebhook('talkplus', JSON.parse(valid) as never)).toMatchObject({
      ok: false,
      errors: [{ keyword: 'body', message: expect.stringContaining('raw request body') }],
    });
  });

  it('still accepts the valid body under every limit', () => {
    expect(parseWebhook('talkplus', valid, { maxBytes: valid.length, maxDepth: 6 }).ok).toBe(true);
  });
});
