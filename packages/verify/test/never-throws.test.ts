import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifySignature, type VerifyFailureReason } from '../src/index.js';
import * as web from '../src/web.js';
import { talkplusVector } from './fixtures.js';

const REASONS: VerifyFailureReason[] = [
  'unknownVendor',
  'unsupportedVendor',
  'emptySecret',
  'notRawBody',
  'cryptoUnavailable',
  'missingSignature',
  'malformedSignature',
  'mismatch',
];

function expectWellFormed(result: unknown): void {
  expect(result).toBeTypeOf('object');
  const { ok, reason, message } = result as { ok: boolean; reason?: VerifyFailureReason; message?: string };
  if (ok) return;
  expect(REASONS).toContain(reason);
  expect(message).toMatch(/^@chat-webhooks\/verify: /);
}

const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error('hostile getter');
    },
    has() {
      throw new Error('hostile has');
    },
    getPrototypeOf() {
      throw new Error('hostile prototype');
    },
  },
);
const throwingGetters = Object.defineProperties(
  {},
  {
    body: {
      get: () => {
        throw new Error('body');
      },
    },
    signature: {
      get: () => {
        throw new Error('signature');
      },
    },
    secret: {
      get: () => {
        throw new Error('secret');
      },
    },
  },
);

describe('verifySignature never throws, whatever it is given', () => {
  it('arbitrary values as vendor and input (fast-check), both twins', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('sendbird', 'talkplus', 'nexconn'), fc.anything()),
        fc.anything(),
        async (vendor, input) => {
          expectWellFormed(verifySignature(vendor as never, input as never));
          expectWellFormed(await web.verifySignature(vendor as never, input as never));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('arbitrary body, signature and secret(s) for a real vendor (fast-check), both twins', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('sendbird', 'talkplus'),
        fc.record({ body: fc.anything(), signature: fc.anything(), secret: fc.anything(), secrets: fc.anything() }, { requiredKeys: [] }),
        async (vendor, input) => {
          const node = verifySignature(vendor, input as never);
          expectWellFormed(node);
          expect(await web.verifySignature(vendor, input as never)).toEqual(node);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('hostile objects: Proxies that throw on every trap, getters that throw', async () => {
    const { body, key, signature } = talkplusVector;
    const inputs: unknown[] = [
      hostile,
      throwingGetters,
      { body: hostile, signature, secret: key },
      { body, signature: hostile, secret: key },
      { body, signature, secret: hostile },
      { body, signature, secrets: hostile },
      { body, signature, secrets: [hostile] },
      {
        body,
        signature,
        secrets: new Proxy([key], {
          get: () => {
            throw new Error('x');
          },
        }),
      },
      {
        body,
        signature: new Proxy([signature], {
          get: () => {
            throw new Error('x');
          },
        }),
        secret: key,
      },
      Object.create(null),
    ];
    for (const input of inputs) {
      for (const vendor of ['talkplus', hostile]) {
        expectWellFormed(verifySignature(vendor as never, input as never));
        expectWellFormed(await web.verifySignature(vendor as never, input as never));
      }
    }
    expect(verifySignature('talkplus', { body: hostile as never, signature, secret: key })).toMatchObject({ reason: 'notRawBody' });
    expect(
      verifySignature('talkplus', {
        body,
        signature: new Proxy([signature], {
          get: () => {
            throw new Error('x');
          },
        }),
        secret: key,
      }),
    ).toMatchObject({ reason: 'malformedSignature' });
    expect(verifySignature('talkplus', throwingGetters as never)).toMatchObject({ reason: 'emptySecret' });
  });
});
