import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { sign, verifySignature } from '../src/index.js';
import * as web from '../src/web.js';
import { talkplusVector } from './fixtures.js';

const { body, key, signature } = talkplusVector;

describe('raw bytes only', () => {
  it('a parsed object is notRawBody, with a message that explains the raw body and how to get it', async () => {
    const parsed = JSON.parse(body) as unknown;
    const result = verifySignature('talkplus', { body: parsed as never, signature, secret: key });
    expect(result).toMatchObject({ ok: false, reason: 'notRawBody' });
    if (result.ok) return;
    expect(result.message).toMatch(/^@chat-webhooks\/verify: the body must be the raw request body exactly as received/);
    expect(result.message).toContain('already parsed body');
    for (const hint of [
      "express.raw({ type: 'application/json' })",
      'read req yourself',
      'await request.text()',
      'await request.arrayBuffer()',
      'await c.req.text()',
      'await c.req.arrayBuffer()',
      'Next.js',
      'Hono',
    ]) {
      expect(result.message).toContain(hint);
    }
    expect(await web.verifySignature('talkplus', { body: parsed as never, signature, secret: key })).toEqual(result);
  });

  it('anything else that is not text or bytes is notRawBody too', () => {
    const others: unknown[] = [
      undefined,
      null,
      42,
      true,
      [1, 2],
      {},
      new Uint16Array(4),
      new DataView(new ArrayBuffer(4)),
      new Int8Array(4),
      new Blob(['x']),
      Symbol('body'),
      () => body,
      new String(body),
    ];
    for (const other of others) {
      expect(verifySignature('talkplus', { body: other as never, signature, secret: key })).toMatchObject({
        ok: false,
        reason: 'notRawBody',
      });
    }
  });

  it('a missing body says no body was read', () => {
    expect(verifySignature('talkplus', { body: undefined as never, signature, secret: key })).toMatchObject({
      reason: 'notRawBody',
      message: expect.stringContaining('no body was read'),
    });
  });

  it('sign refuses a parsed object with a TypeError carrying the same message', () => {
    expect(() => sign('talkplus', JSON.parse(body) as never, key)).toThrow(TypeError);
    expect(() => sign('talkplus', JSON.parse(body) as never, key)).toThrow(/express\.raw/);
  });

  it('an ArrayBuffer (request.arrayBuffer()) is raw bytes', async () => {
    const buffer = new TextEncoder().encode(body).buffer;
    expect(verifySignature('talkplus', { body: buffer, signature, secret: key })).toEqual({ ok: true });
    expect(await web.verifySignature('talkplus', { body: buffer, signature, secret: key })).toEqual({ ok: true });
  });

  it('a Uint8Array or ArrayBuffer from another realm (vm context, iframe) is raw bytes', async () => {
    const bytes = runInNewContext('new Uint8Array(input.length).map((_, i) => input.charCodeAt(i))', { input: body }) as Uint8Array;
    expect(bytes instanceof Uint8Array).toBe(false);
    expect(verifySignature('talkplus', { body: bytes, signature, secret: key })).toEqual({ ok: true });
    expect(await web.verifySignature('talkplus', { body: bytes, signature, secret: key })).toEqual({ ok: true });
    const buffer = runInNewContext('new Uint8Array(input.length).map((_, i) => input.charCodeAt(i)).buffer', {
      input: body,
    }) as ArrayBuffer;
    expect(verifySignature('talkplus', { body: buffer, signature, secret: key })).toEqual({ ok: true });
  });

  it('a view of a SharedArrayBuffer is raw bytes in both twins', async () => {
    const encoded = new TextEncoder().encode(body);
    const shared = new Uint8Array(new SharedArrayBuffer(encoded.length));
    shared.set(encoded);
    expect(verifySignature('talkplus', { body: shared, signature, secret: key })).toEqual({ ok: true });
    expect(await web.verifySignature('talkplus', { body: shared, signature, secret: key })).toEqual({ ok: true });
  });
});
