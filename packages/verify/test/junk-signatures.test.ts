import { describe, expect, it } from 'vitest';
import { verifySignature, type VerifyFailureReason } from '../src/index.js';
import * as web from '../src/web.js';
import { sendbirdVector, talkplusVector } from './fixtures.js';

type Case = { name: string; signature: unknown; reason: VerifyFailureReason };

const HUGE = 'a'.repeat(1024 * 1024);

const common: Case[] = [
  { name: 'absent (undefined)', signature: undefined, reason: 'missingSignature' },
  { name: 'null (Headers.get of an absent header)', signature: null, reason: 'missingSignature' },
  { name: 'an empty string', signature: '', reason: 'missingSignature' },
  { name: 'an empty array', signature: [], reason: 'missingSignature' },
  { name: 'an array of two values', signature: ['a', 'b'], reason: 'malformedSignature' },
  { name: 'a 1 MB string', signature: HUGE, reason: 'malformedSignature' },
  { name: 'a number', signature: 42, reason: 'malformedSignature' },
  { name: 'a boolean', signature: true, reason: 'malformedSignature' },
  { name: 'an object', signature: { toString: () => 'x' }, reason: 'malformedSignature' },
  { name: 'a Uint8Array', signature: new Uint8Array(32), reason: 'malformedSignature' },
  { name: 'a symbol', signature: Symbol('signature'), reason: 'malformedSignature' },
  { name: 'a function', signature: () => 'x', reason: 'malformedSignature' },
  { name: 'a bigint', signature: 10n, reason: 'malformedSignature' },
];

const sendbird = sendbirdVector.signature;
const sendbirdCases: Case[] = [
  ...common,
  { name: 'truncated by one digit', signature: sendbird.slice(0, -1), reason: 'malformedSignature' },
  { name: 'one digit too long', signature: `${sendbird}0`, reason: 'malformedSignature' },
  { name: 'half the length (a SHA-1-sized value)', signature: sendbird.slice(0, 40), reason: 'malformedSignature' },
  { name: 'a non-hex digit', signature: `${sendbird.slice(0, -1)}g`, reason: 'malformedSignature' },
  { name: 'a non-ASCII character of the right length', signature: `${sendbird.slice(0, -1)}é`, reason: 'malformedSignature' },
  { name: 'surrounded by spaces', signature: ` ${sendbird.slice(1, -1)} `, reason: 'malformedSignature' },
  { name: 'the same MAC in base64', signature: Buffer.from(sendbird, 'hex').toString('base64'), reason: 'malformedSignature' },
  { name: 'a "sha256=" prefix', signature: `sha256=${sendbird}`, reason: 'malformedSignature' },
  { name: 'well-formed hex of another MAC', signature: '0'.repeat(64), reason: 'mismatch' },
];

const talkplus = talkplusVector.signature; // i7a/Z+7iS1P6kNpnmw6P0ZSmq83LGnrtacwaffTvIdo=
const talkplusCases: Case[] = [
  ...common,
  { name: 'without its padding', signature: talkplus.slice(0, -1), reason: 'malformedSignature' },
  { name: 'truncated by four characters', signature: talkplus.slice(0, -4), reason: 'malformedSignature' },
  { name: 'with extra padding', signature: `${talkplus}=`, reason: 'malformedSignature' },
  {
    name: 'in base64url ("/" as "_", "+" as "-")',
    signature: talkplus.replaceAll('/', '_').replaceAll('+', '-'),
    reason: 'malformedSignature',
  },
  { name: 'padding in the middle', signature: `${talkplus.slice(0, 20)}=${talkplus.slice(21)}`, reason: 'malformedSignature' },
  {
    name: 'the last character with non-zero unused bits ("p" for "o")',
    signature: talkplus.replace('do=', 'dp='),
    reason: 'malformedSignature',
  },
  { name: 'the same MAC in hex', signature: Buffer.from(talkplus, 'base64').toString('hex'), reason: 'malformedSignature' },
  { name: 'a space for "+" (a form-decoded header)', signature: talkplus.replace('+', ' '), reason: 'malformedSignature' },
  { name: 'well-formed base64 of another MAC', signature: `${'A'.repeat(43)}=`, reason: 'mismatch' },
];

describe('junk signatures answer ok: false without throwing', () => {
  for (const [vendor, vector, cases] of [
    ['sendbird', sendbirdVector, sendbirdCases],
    ['talkplus', talkplusVector, talkplusCases],
  ] as const) {
    for (const { name, signature, reason } of cases) {
      it(`${vendor}: ${name} -> ${reason}`, async () => {
        const input = { body: vector.body, signature, secret: vector.key } as never;
        const node = verifySignature(vendor, input);
        expect(node).toMatchObject({ ok: false, reason, message: expect.stringMatching(/^@chat-webhooks\/verify: /) });
        expect(await web.verifySignature(vendor, input)).toEqual(node);
      });
    }
  }

  it('a 1 MB signature is refused on its length, at once, and never echoed', () => {
    const started = performance.now();
    const result = verifySignature('sendbird', { body: sendbirdVector.body, signature: HUGE, secret: sendbirdVector.key });
    expect(performance.now() - started).toBeLessThan(100);
    expect(result).toMatchObject({ ok: false, reason: 'malformedSignature', message: expect.stringContaining('got 1048576 characters') });
    if (!result.ok) expect(result.message.length).toBeLessThan(300);
  });

  it('messages never echo the header nor reveal the expected signature', () => {
    const junk = 'zz<script>'.padEnd(64, 'q');
    const malformed = verifySignature('sendbird', { body: sendbirdVector.body, signature: junk, secret: sendbirdVector.key });
    expect(malformed.ok || malformed.message.includes('<script>')).toBe(false);
    const mismatch = verifySignature('sendbird', { body: sendbirdVector.body, signature: '0'.repeat(64), secret: sendbirdVector.key });
    expect(mismatch.ok || mismatch.message.includes(sendbirdVector.signature) || mismatch.message.includes(sendbirdVector.key)).toBe(false);
  });

  it('a one-element array (a duplicated-header API) holding the right value verifies', () => {
    expect(verifySignature('talkplus', { body: talkplusVector.body, signature: [talkplus], secret: talkplusVector.key })).toEqual({
      ok: true,
    });
  });

  it('upper-case hex carries the same MAC and verifies (the bytes are compared, not the text)', () => {
    expect(
      verifySignature('sendbird', { body: sendbirdVector.body, signature: sendbird.toUpperCase(), secret: sendbirdVector.key }),
    ).toEqual({ ok: true });
  });
});
