import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from '../src/core/constant-time.js';

describe('constantTimeEqual', () => {
  it('agrees with a plain comparison on any two byte strings (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }), (a, b) => {
        expect(constantTimeEqual(a, b)).toBe(Buffer.from(a).equals(Buffer.from(b)));
        expect(constantTimeEqual(a, a.slice())).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a difference in any one byte, first or last, is found', () => {
    const mac = new Uint8Array(32).fill(7);
    for (let index = 0; index < mac.length; index++) {
      const other = mac.slice();
      other[index] = 8;
      expect(constantTimeEqual(mac, other)).toBe(false);
    }
  });

  it('a length mismatch answers false without throwing, including a prefix and empty inputs', () => {
    const mac = new Uint8Array(32).fill(1);
    expect(constantTimeEqual(mac, mac.subarray(0, 31))).toBe(false);
    expect(constantTimeEqual(mac.subarray(0, 31), mac)).toBe(false);
    expect(constantTimeEqual(mac, new Uint8Array())).toBe(false);
    expect(constantTimeEqual(new Uint8Array(), mac)).toBe(false);
    expect(constantTimeEqual(new Uint8Array(), new Uint8Array())).toBe(true);
  });
});
