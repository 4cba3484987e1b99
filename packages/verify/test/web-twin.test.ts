import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as node from '../src/index.js';
import * as web from '../src/web.js';
import { sendbirdVector, talkplusVector } from './fixtures.js';

type Args = [vendor: unknown, input: unknown];

const corpus: [string, Args][] = [
  ['talkplus vector', ['talkplus', { body: talkplusVector.body, signature: talkplusVector.signature, secret: talkplusVector.key }]],
  ['sendbird vector', ['sendbird', { body: sendbirdVector.body, signature: sendbirdVector.signature, secret: sendbirdVector.key }]],
  [
    'talkplus vector + newline',
    ['talkplus', { body: `${talkplusVector.body}\n`, signature: talkplusVector.signature, secret: talkplusVector.key }],
  ],
  ['rotation', ['sendbird', { body: sendbirdVector.body, signature: sendbirdVector.signature, secrets: ['other', sendbirdVector.key] }]],
  ['nexconn', ['nexconn', { body: '{}', signature: 'x', secret: 'k' }]],
  ['unknown vendor', ['line', { body: '{}', signature: 'x', secret: 'k' }]],
  ['parsed body', ['talkplus', { body: { event: 'message' }, signature: talkplusVector.signature, secret: 'k' }]],
  ['empty secret', ['talkplus', { body: '{}', signature: talkplusVector.signature, secret: '' }]],
  ['missing signature', ['sendbird', { body: '{}', secret: 'k' }]],
  ['malformed signature', ['sendbird', { body: '{}', signature: 'xyz', secret: 'k' }]],
  ['no input', ['sendbird', undefined]],
  ['input is a string', ['sendbird', 'body']],
];

describe('the web twin gives exactly the same answers as the node one', () => {
  for (const [name, [vendor, input]] of corpus) {
    it(name, async () => {
      expect(await web.verifySignature(vendor as never, input as never)).toEqual(node.verifySignature(vendor as never, input as never));
    });
  }

  it('on random bodies, secrets and signatures, valid and not (fast-check)', async () => {
    const vendor = fc.constantFrom('sendbird', 'talkplus', 'nexconn');
    const body = fc.oneof(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 300 }));
    await fc.assert(
      fc.asyncProperty(
        vendor,
        body,
        fc.string({ minLength: 1, unit: 'grapheme' }),
        fc.boolean(),
        fc.string(),
        async (vendorId, rawBody, secret, useRealSignature, junk) => {
          const signature = useRealSignature && vendorId !== 'nexconn' ? node.sign(vendorId, rawBody, secret) : junk;
          const input = { body: rawBody, signature, secret };
          const expected = node.verifySignature(vendorId, input);
          expect(await web.verifySignature(vendorId, input)).toEqual(expected);
          if (useRealSignature && vendorId !== 'nexconn') {
            expect(expected).toEqual({ ok: true });
            expect(await web.sign(vendorId, rawBody, secret)).toBe(signature);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('web sign rejects exactly where node sign throws, with the same message', async () => {
    for (const [vendor, body, secret] of [
      ['nexconn', '{}', 'k'],
      ['slack', '{}', 'k'],
      ['talkplus', {}, 'k'],
      ['talkplus', '{}', ''],
    ] as const) {
      let message = '';
      try {
        node.sign(vendor as never, body as never, secret);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^@chat-webhooks\/verify: /);
      await expect(web.sign(vendor as never, body as never, secret)).rejects.toThrow(message);
    }
  });
});

describe('the web twin without Web Crypto', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('resolves to cryptoUnavailable instead of rejecting, and sign rejects with a clear error', async () => {
    vi.stubGlobal('crypto', undefined);
    const input = { body: talkplusVector.body, signature: talkplusVector.signature, secret: talkplusVector.key };
    expect(await web.verifySignature('talkplus', input)).toEqual({
      ok: false,
      reason: 'cryptoUnavailable',
      message: expect.stringMatching(
        /^@chat-webhooks\/verify: HMAC-SHA256 could not be computed in this runtime: globalThis\.crypto\.subtle is not available/,
      ),
    });
    await expect(web.sign('talkplus', talkplusVector.body, talkplusVector.key)).rejects.toThrow(/crypto\.subtle/);
    // The node twin does not depend on the global.
    expect(node.verifySignature('talkplus', input)).toEqual({ ok: true });
  });
});
