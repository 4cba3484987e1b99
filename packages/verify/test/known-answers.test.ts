import { describe, expect, it } from 'vitest';
import { sign, verifySignature } from '../src/index.js';
import * as web from '../src/web.js';
import { bodyForms, sendbirdVector, talkplusSeedResponseBody, talkplusVector } from './fixtures.js';

describe('the TalkPlus docs vector (seed 003, "Verification")', () => {
  const { body, key, signature } = talkplusVector;

  it("the kept signed-body.json is the seed's JavaScript responseBody, byte for byte (no trailing newline)", () => {
    expect(body).toBe(talkplusSeedResponseBody);
    expect(body.endsWith('}')).toBe(true);
  });

  for (const form of bodyForms(body)) {
    it(`verifies with the body as ${form.name}`, async () => {
      expect(verifySignature('talkplus', { body: form.body, signature, secret: key })).toEqual({ ok: true });
      expect(await web.verifySignature('talkplus', { body: form.body, signature, secret: key })).toEqual({ ok: true });
    });
  }

  it('sign() reproduces the header value exactly, in both twins', async () => {
    expect(sign('talkplus', body, key)).toBe(signature);
    expect(await web.sign('talkplus', body, key)).toBe(signature);
  });

  it('fails with a trailing newline appended (LF and CRLF)', async () => {
    for (const suffix of ['\n', '\r\n']) {
      expect(verifySignature('talkplus', { body: body + suffix, signature, secret: key })).toMatchObject({ ok: false, reason: 'mismatch' });
      expect(await web.verifySignature('talkplus', { body: body + suffix, signature, secret: key })).toMatchObject({
        ok: false,
        reason: 'mismatch',
      });
    }
  });

  it('keys with the key string as-is: the hex-decoded key does not verify', () => {
    const decodedKey = Buffer.from(key, 'hex').toString('latin1');
    expect(verifySignature('talkplus', { body, signature, secret: decodedKey })).toMatchObject({ ok: false, reason: 'mismatch' });
  });
});

describe('a Sendbird vector computed outside this package (Python hmac)', () => {
  const { body, key, signature } = sendbirdVector;

  it('sign() gives the same lower-case hex, in both twins', async () => {
    expect(sign('sendbird', body, key)).toBe(signature);
    expect(await web.sign('sendbird', body, key)).toBe(signature);
  });

  for (const form of bodyForms(body)) {
    it(`verifies with the body as ${form.name}`, async () => {
      expect(verifySignature('sendbird', { body: form.body, signature, secret: key })).toEqual({ ok: true });
      expect(await web.verifySignature('sendbird', { body: form.body, signature, secret: key })).toEqual({ ok: true });
    });
  }

  it('fails with a trailing newline appended', () => {
    expect(verifySignature('sendbird', { body: `${body}\n`, signature, secret: key })).toMatchObject({ ok: false, reason: 'mismatch' });
  });
});
