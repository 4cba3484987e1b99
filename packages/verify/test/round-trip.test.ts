import { describe, expect, it } from 'vitest';
import { sign, verifySignature } from '../src/index.js';
import { bodyForms, signedVendors, vectors } from './fixtures.js';

const FORMAT = { sendbird: /^[0-9a-f]{64}$/, talkplus: /^[A-Za-z0-9+/]{43}=$/ } as const;

describe('sign then verify', () => {
  for (const vendor of signedVendors) {
    const { body, key } = vectors[vendor];
    const forms = bodyForms(body);

    it(`${vendor}: every body form signs to the same value, in the vendor's encoding`, () => {
      const signatures = forms.map((form) => sign(vendor, form.body, key));
      expect(new Set(signatures).size).toBe(1);
      expect(signatures[0]).toMatch(FORMAT[vendor]);
    });

    for (const signedAs of forms) {
      for (const verifiedAs of forms) {
        it(`${vendor}: signed as ${signedAs.name}, verified as ${verifiedAs.name}`, () => {
          const signature = sign(vendor, signedAs.body, key);
          expect(verifySignature(vendor, { body: verifiedAs.body, signature, secret: key })).toEqual({ ok: true });
        });
      }
    }

    it(`${vendor}: a Buffer view into a larger buffer signs only its own bytes`, () => {
      const pool = Buffer.from(`xx${body}yy`, 'utf8');
      const view = pool.subarray(2, pool.length - 2);
      expect(sign(vendor, view, key)).toBe(sign(vendor, body, key));
    });

    it(`${vendor}: an empty body signs and verifies (HMAC of nothing), and the mismatch message says it is empty`, () => {
      const signature = sign(vendor, '', key);
      expect(verifySignature(vendor, { body: new Uint8Array(), signature, secret: key })).toEqual({ ok: true });
      const other = sign(vendor, 'x', key);
      expect(verifySignature(vendor, { body: '', signature: other, secret: key })).toMatchObject({
        ok: false,
        reason: 'mismatch',
        message: expect.stringContaining('The body is empty'),
      });
    });

    it(`${vendor}: another secret does not verify`, () => {
      const signature = sign(vendor, body, key);
      expect(verifySignature(vendor, { body, signature, secret: `${key}x` })).toMatchObject({ ok: false, reason: 'mismatch' });
    });
  }
});
