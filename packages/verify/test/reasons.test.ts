import { describe, expect, it } from 'vitest';
import { verifySignature, type Vendor, type VerifyFailureReason, type VerifyInput } from '../src/index.js';
import * as web from '../src/web.js';
import { talkplusVector } from './fixtures.js';

const { body, key, signature } = talkplusVector;

// One example per reason. Typed as a Record so that a reason added to the union without a test fails to compile.
const examples: Record<Exclude<VerifyFailureReason, 'cryptoUnavailable'>, [Vendor, VerifyInput]> = {
  unknownVendor: ['slack' as Vendor, { body, signature, secret: key }],
  unsupportedVendor: ['nexconn', { body, signature, secret: key }],
  emptySecret: ['talkplus', { body, signature, secret: '' }],
  notRawBody: ['talkplus', { body: JSON.parse(body) as never, signature, secret: key }],
  missingSignature: ['talkplus', { body, signature: undefined, secret: key }],
  malformedSignature: ['talkplus', { body, signature: signature.slice(1), secret: key }],
  mismatch: ['talkplus', { body: `${body} `, signature, secret: key }],
};

describe('every failure has a typed reason and a human message', () => {
  for (const [reason, [vendor, input]] of Object.entries(examples)) {
    it(`${reason}`, async () => {
      const result = verifySignature(vendor, input);
      expect(result).toEqual({ ok: false, reason, message: expect.stringMatching(/^@chat-webhooks\/verify: \S.{20,}/) });
      expect(await web.verifySignature(vendor, input)).toEqual(result);
    });
  }

  it("the receiving code's own setup is reported before the request: secret, then body, then signature", () => {
    const missingAll = { body: {} as never, signature: undefined, secret: '' };
    expect(verifySignature('talkplus', missingAll)).toMatchObject({ reason: 'emptySecret' });
    expect(verifySignature('talkplus', { ...missingAll, secret: key })).toMatchObject({ reason: 'notRawBody' });
    expect(verifySignature('talkplus', { ...missingAll, secret: key, body })).toMatchObject({ reason: 'missingSignature' });
  });

  it('a success is exactly { ok: true }, a fresh object every time', () => {
    const first = verifySignature('talkplus', { body, signature, secret: key });
    expect(first).toStrictEqual({ ok: true });
    expect(verifySignature('talkplus', { body, signature, secret: key })).not.toBe(first);
  });
});
