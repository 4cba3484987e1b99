import { describe, expect, it } from 'vitest';
import { sign, verifySignature } from '../src/index.js';
import * as web from '../src/web.js';
import { signedVendors, vectors } from './fixtures.js';

const OLD = 'old-token-0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const NEW = 'new-token-a1b2c3d4e5f60718293a4b5c6d7e8f90';

describe('secret rotation', () => {
  for (const vendor of signedVendors) {
    const body = vectors[vendor].body;
    const signedWithOld = sign(vendor, body, OLD);
    const signedWithNew = sign(vendor, body, NEW);

    it(`${vendor}: with [new, old] both the old and the new signature verify, in both twins`, async () => {
      for (const signature of [signedWithOld, signedWithNew]) {
        expect(verifySignature(vendor, { body, signature, secrets: [NEW, OLD] })).toEqual({ ok: true });
        expect(await web.verifySignature(vendor, { body, signature, secrets: [NEW, OLD] })).toEqual({ ok: true });
      }
    });

    it(`${vendor}: the order of the secrets does not matter`, () => {
      expect(verifySignature(vendor, { body, signature: signedWithOld, secrets: [OLD, NEW] })).toEqual({ ok: true });
      expect(verifySignature(vendor, { body, signature: signedWithNew, secrets: [OLD, NEW] })).toEqual({ ok: true });
    });

    it(`${vendor}: once the old secret is removed, only-old signatures fail`, async () => {
      expect(verifySignature(vendor, { body, signature: signedWithOld, secrets: [NEW] })).toMatchObject({ ok: false, reason: 'mismatch' });
      expect(await web.verifySignature(vendor, { body, signature: signedWithOld, secrets: [NEW] })).toMatchObject({
        ok: false,
        reason: 'mismatch',
      });
      expect(verifySignature(vendor, { body, signature: signedWithNew, secrets: [NEW] })).toEqual({ ok: true });
    });

    it(`${vendor}: a signature from neither secret is a mismatch that says how many were tried`, () => {
      const stranger = sign(vendor, body, 'someone-else');
      expect(verifySignature(vendor, { body, signature: stranger, secrets: [NEW, OLD] })).toMatchObject({
        ok: false,
        reason: 'mismatch',
        message: expect.stringContaining('any of the 2 secrets'),
      });
    });
  }

  it('secret and secrets given together are all tried', () => {
    const { body } = vectors.talkplus;
    const input = { body, signature: sign('talkplus', body, OLD), secret: NEW, secrets: [OLD] } as never;
    expect(verifySignature('talkplus', input)).toEqual({ ok: true });
  });

  it('an empty list, or an empty entry in the list, is emptySecret (never silently skipped)', () => {
    const { body } = vectors.talkplus;
    const signature = sign('talkplus', body, NEW);
    expect(verifySignature('talkplus', { body, signature, secrets: [] })).toMatchObject({ ok: false, reason: 'emptySecret' });
    expect(verifySignature('talkplus', { body, signature, secrets: [NEW, ''] })).toMatchObject({
      ok: false,
      reason: 'emptySecret',
      message: expect.stringContaining('secrets[1]'),
    });
    expect(verifySignature('talkplus', { body, signature, secrets: [NEW, undefined] as never })).toMatchObject({
      ok: false,
      reason: 'emptySecret',
    });
    expect(verifySignature('talkplus', { body, signature, secrets: NEW as never })).toMatchObject({
      ok: false,
      reason: 'emptySecret',
      message: expect.stringContaining('must be an array'),
    });
  });
});
