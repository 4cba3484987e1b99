import { vendors } from '@chat-webhooks/schemas';
import { describe, expect, it } from 'vitest';
import { sign, signatureHeader, verifySignature } from '../src/index.js';
import * as web from '../src/web.js';
import { sendbirdVector, talkplusVector } from './fixtures.js';

describe('the scheme comes from the vendor facts in @chat-webhooks/schemas', () => {
  it("signatureHeader gives each documented vendor's header, and undefined otherwise", () => {
    expect(signatureHeader('sendbird')).toBe('x-sendbird-signature');
    expect(signatureHeader('talkplus')).toBe('x-talkplus-signature');
    expect(signatureHeader('nexconn')).toBeUndefined();
    expect(signatureHeader('slack' as never)).toBeUndefined();
    expect(signatureHeader(undefined as never)).toBeUndefined();
    expect(web.signatureHeader('talkplus')).toBe('x-talkplus-signature');
  });

  for (const facts of vendors) {
    it(`${facts.id}: header and encoding follow vendor.json`, () => {
      const { signature } = facts;
      if (!signature.documented) {
        expect(signatureHeader(facts.id as never)).toBeUndefined();
        expect(() => sign(facts.id as never, '{}', 'secret')).toThrow(TypeError);
        return;
      }
      expect(signatureHeader(facts.id as never)).toBe(signature.header.toLowerCase());
      expect(signature.algorithm).toBe('HMAC-SHA256');
      const value = sign(facts.id as never, '{}', 'secret');
      expect(value).toMatch(signature.encoding === 'hex' ? /^[0-9a-f]{64}$/ : /^[A-Za-z0-9+/]{43}=$/);
    });
  }
});

describe('Nexconn: no documented scheme, so unsupported, never guessed', () => {
  const input = { body: '{"type":"group_channel:operation"}', signature: 'anything', secret: 'secret' };

  it('verifySignature answers unsupportedVendor with a clear message, in both twins', async () => {
    const result = verifySignature('nexconn', input);
    expect(result).toEqual({
      ok: false,
      reason: 'unsupportedVendor',
      message: expect.stringMatching(
        /^@chat-webhooks\/verify: Nexconn \("nexconn"\) webhook signatures cannot be signed or verified: .*none is guessed/,
      ),
    });
    expect(await web.verifySignature('nexconn', input)).toEqual(result);
  });

  it('verifySignature says unsupportedVendor before looking at the other inputs', () => {
    expect(verifySignature('nexconn', { body: {} as never, signature: undefined, secret: '' })).toMatchObject({
      reason: 'unsupportedVendor',
    });
  });

  it('sign throws a TypeError prefixed "@chat-webhooks/verify:"; the web sign rejects with it', async () => {
    expect(() => sign('nexconn', '{}', 'secret')).toThrow(TypeError);
    expect(() => sign('nexconn', '{}', 'secret')).toThrow(/^@chat-webhooks\/verify: Nexconn .*cannot be signed or verified/);
    await expect(web.sign('nexconn', '{}', 'secret')).rejects.toThrow(TypeError);
    await expect(web.sign('nexconn', '{}', 'secret')).rejects.toThrow(/^@chat-webhooks\/verify: Nexconn /);
  });
});

describe('unknown vendors', () => {
  it('verifySignature answers unknownVendor and lists the known vendors', async () => {
    const input = { body: talkplusVector.body, signature: talkplusVector.signature, secret: talkplusVector.key };
    const result = verifySignature('Talkplus' as never, input);
    expect(result).toEqual({
      ok: false,
      reason: 'unknownVendor',
      message: '@chat-webhooks/verify: unknown vendor "Talkplus"; known vendors: nexconn, sendbird, talkplus',
    });
    expect(await web.verifySignature('Talkplus' as never, input)).toEqual(result);
  });

  it('non-string vendors, and inherited property names, are unknown too', () => {
    for (const vendor of [undefined, null, 1, {}, ['talkplus'], Symbol('talkplus'), 'constructor', '__proto__', 'toString']) {
      expect(verifySignature(vendor as never, { body: '{}', signature: sendbirdVector.signature, secret: 's' })).toMatchObject({
        ok: false,
        reason: 'unknownVendor',
      });
    }
  });

  it('sign throws a TypeError for an unknown vendor', () => {
    expect(() => sign('slack' as never, '{}', 'secret')).toThrow(/^@chat-webhooks\/verify: unknown vendor "slack"; known vendors: /);
  });
});
