import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sign, verifySignature } from '../src/index.js';
import { bytesOf, signedVendors, talkplusVector, vectors } from './fixtures.js';

describe('every single-byte change of the body fails', () => {
  it('TalkPlus vector: each of the 8 bit flips at every byte position (846 x 8) is a mismatch', () => {
    const { body, key, signature } = talkplusVector;
    const original = bytesOf(body);
    let checked = 0;
    for (let position = 0; position < original.length; position++) {
      for (let bit = 0; bit < 8; bit++) {
        const flipped = original.slice();
        flipped[position]! ^= 1 << bit;
        const result = verifySignature('talkplus', { body: flipped, signature, secret: key });
        if (result.ok || result.reason !== 'mismatch') throw new Error(`byte ${position} bit ${bit} was accepted`);
        checked++;
      }
    }
    expect(checked).toBe(original.length * 8);
  });

  for (const vendor of signedVendors) {
    it(`${vendor}: 1,500 random bodies, each with one byte changed to any other value, fail (fast-check)`, () => {
      const key = vectors[vendor].key;
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 1, maxLength: 2048 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (body, at, mask) => {
          const signature = sign(vendor, body, key);
          expect(verifySignature(vendor, { body, signature, secret: key })).toEqual({ ok: true });
          const changed = body.slice();
          changed[at % body.length]! ^= mask;
          expect(verifySignature(vendor, { body: changed, signature, secret: key })).toMatchObject({ ok: false, reason: 'mismatch' });
        }),
        { numRuns: 1500 },
      );
    });

    it(`${vendor}: appending or removing one byte fails (fast-check)`, () => {
      const key = vectors[vendor].key;
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 1, maxLength: 512 }), fc.integer({ min: 0, max: 255 }), (body, extra) => {
          const signature = sign(vendor, body, key);
          const longer = new Uint8Array([...body, extra]);
          expect(verifySignature(vendor, { body: longer, signature, secret: key }).ok).toBe(false);
          expect(verifySignature(vendor, { body: body.subarray(0, -1), signature, secret: key }).ok).toBe(false);
        }),
        { numRuns: 500 },
      );
    });

    it(`${vendor}: every single-character change of a valid signature fails (mismatch or malformed)`, () => {
      const { body, key, signature } = vectors[vendor];
      const alphabet = vendor === 'sendbird' ? '0123456789abcdef' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
      for (let position = 0; position < signature.length; position++) {
        for (const character of alphabet) {
          if (character === signature[position]) continue;
          const changed = signature.slice(0, position) + character + signature.slice(position + 1);
          const result = verifySignature(vendor, { body, signature: changed, secret: key });
          if (result.ok) throw new Error(`signature changed at ${position} to "${character}" was accepted`);
          expect(['mismatch', 'malformedSignature']).toContain(result.reason);
        }
      }
    });
  }
});
