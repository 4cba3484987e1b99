import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Length, decodeBase64, decodeHex, encodeBase64, encodeHex } from '../src/core/encoding.js';

describe('hex and base64 (shared by both twins)', () => {
  it('encode exactly as Buffer does, for any bytes (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(encodeHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
        expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(encodeBase64(bytes)).toHaveLength(base64Length(bytes.length));
      }),
      { numRuns: 2000 },
    );
  });

  it('decode what they encode, at every length (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(decodeHex(encodeHex(bytes), bytes.length)).toEqual(bytes);
        expect(decodeHex(encodeHex(bytes).toUpperCase(), bytes.length)).toEqual(bytes);
        expect(decodeBase64(encodeBase64(bytes), bytes.length)).toEqual(bytes);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodeBase64 accepts only the one canonical spelling that Buffer produces (fast-check, one character changed)', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ .';
    let accepted = 0;
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.nat(43), fc.constantFrom(...alphabet), (bytes, at, character) => {
        const text = encodeBase64(bytes);
        const changed = text.slice(0, at) + character + text.slice(at + 1);
        const decoded = decodeBase64(changed, 32);
        if (decoded) {
          accepted++;
          expect(Buffer.from(decoded).toString('base64')).toBe(changed);
        }
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(1000);
  });

  it('decodeHex refuses a wrong length and non-hex characters', () => {
    expect(decodeHex('abc', 2)).toBeUndefined();
    expect(decodeHex('abcd', 1)).toBeUndefined();
    expect(decodeHex('0g', 1)).toBeUndefined();
    expect(decodeHex('0\u0660', 1)).toBeUndefined(); // an Arabic-Indic zero: a digit, but not a hex digit
    expect(decodeHex('ff', 1)).toEqual(new Uint8Array([255]));
  });

  it('decodeBase64 refuses missing or misplaced padding, base64url, whitespace and non-zero trailing bits', () => {
    expect(decodeBase64('AQ==', 1)).toEqual(new Uint8Array([1]));
    expect(decodeBase64('AQ=', 1)).toBeUndefined();
    expect(decodeBase64('AQ', 1)).toBeUndefined();
    expect(decodeBase64('AR==', 1)).toBeUndefined(); // same byte, non-canonical
    expect(decodeBase64('A===', 1)).toBeUndefined();
    expect(decodeBase64('AQI=', 2)).toEqual(new Uint8Array([1, 2]));
    expect(decodeBase64('AQJ=', 2)).toBeUndefined();
    expect(decodeBase64('-_8=', 2)).toBeUndefined();
    expect(decodeBase64('+/8=', 2)).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(decodeBase64(' QI=', 2)).toBeUndefined();
    expect(decodeBase64('AQID', 3)).toEqual(new Uint8Array([1, 2, 3]));
    expect(decodeBase64('AQI=', 3)).toBeUndefined();
  });
});
