import { mock } from '@chat-webhooks/mocks';
import { describe, expect, it } from 'vitest';
import { createReceiver, type DedupeStore, type Inbox, type ReceiverError } from '../src/index.js';
import { SECRETS, signedDelivery } from './helpers.js';

const talkplus = (options: Partial<Parameters<typeof createReceiver<'talkplus'>>[0]> = {}) =>
  createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus, ...options });
const delivery = (seed = 1) => signedDelivery('talkplus', mock('talkplus', 'member_added', undefined, { seed }));
const never = () => new Promise<never>(() => {});

describe('options that make no sense are refused at creation', () => {
  for (const option of ['maxBodyBytes', 'dedupeTtlMs', 'storeTimeoutMs', 'handlerTimeoutMs', 'maxInFlight', 'maxErrors'] as const) {
    it(`${option}: NaN (an unset environment variable), negative or fractional throws a TypeError naming it`, () => {
      for (const value of [Number(process.env.CHAT_WEBHOOKS_UNSET), -1, 1.5, Number.POSITIVE_INFINITY]) {
        expect(() => talkplus({ [option]: value })).toThrow(TypeError);
        expect(() => talkplus({ [option]: value })).toThrow(`@chat-webhooks/receiver: ${option} must be an integer`);
      }
    });
  }
});

describe('bounded work and failing parts', () => {
  it('a repeated signature header is refused (401), however the values are spelt', async () => {
    const { body, headers } = delivery();
    const signature = headers['x-talkplus-signature']!;
    const receiver = talkplus().onError(() => {});
    expect((await receiver.handle({ body, headers: { 'x-talkplus-signature': [signature, 'forged'] } })).status).toBe(401);
    expect((await receiver.handle({ body, headers: { 'x-talkplus-signature': [signature, signature] } })).status).toBe(401);
    expect(
      (
        await receiver.handle({
          body,
          headers: new Headers([
            ['x-talkplus-signature', signature],
            ['x-talkplus-signature', 'forged'],
          ]),
        })
      ).status,
    ).toBe(401);
    expect((await receiver.handle({ body, headers: { 'X-TalkPlus-Signature': signature, 'x-talkplus-signature': 'forged' } })).status).toBe(
      401,
    );
    expect((await receiver.handle({ body, headers })).status).toBe(200);
  });

  it('a de-duplication store that hangs: 503 after storeTimeoutMs (the vendor retries), reported as internal', async () => {
    const errors: ReceiverError[] = [];
    const hanging: DedupeStore = { claim: never, release: () => {} };
    const receiver = talkplus({ dedupe: hanging, storeTimeoutMs: 30 }).onError((error) => {
      errors.push(error);
    });
    const response = await receiver.handle(delivery());
    expect(response.status).toBe(503);
    expect(errors.map((error) => error.message)).toEqual([expect.stringContaining('did not answer within 30 ms')]);
  });

  it('an inbox that hangs or fails: 503, nothing acknowledged, the de-duplication claim released for the retry', async () => {
    const claims: string[] = [];
    const released: string[] = [];
    const dedupe: DedupeStore = { claim: (key) => (claims.push(key), true), release: (key) => void released.push(key) };
    const inbox = (put: Inbox['put']): Inbox => ({
      put,
      start: () => {},
      consumes: true,
      deadLetters: async () => [],
      replay: async () => false,
      purge: async () => 0,
      close: async () => {},
    });
    for (const put of [never, () => Promise.reject(new Error('disk full'))]) {
      const receiver = talkplus({ inbox: inbox(put), dedupe, storeTimeoutMs: 30 }).onError(() => {});
      expect((await receiver.handle(delivery(2))).status).toBe(503);
    }
    expect(released).toEqual(claims);
  });

  it('a handler that runs too long is reported as handlerTimeout (and the delivery was answered before)', async () => {
    const errors: ReceiverError[] = [];
    const receiver = talkplus({ handlerTimeoutMs: 20, awaitHandlers: true })
      .on('member_added', never)
      .onError((error) => {
        errors.push(error);
      });
    expect((await receiver.handle(delivery(3))).status).toBe(500);
    expect(errors.map((error) => error.kind)).toEqual(['handlerTimeout']);
  });

  it('beyond maxInFlight deliveries being handled, 503 until one finishes', async () => {
    let finish = () => {};
    const receiver = talkplus({ maxInFlight: 1 })
      .on('member_added', () => new Promise<void>((resolve) => (finish = resolve)))
      .onError(() => {});
    expect((await receiver.handle(delivery(4))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await receiver.handle(delivery(5))).status).toBe(503);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await receiver.handle(delivery(6))).status).toBe(200);
  });

  it('a signed body of 500,000 invalid items: a bounded 400 with rejectInvalid, and at most 20 errors to onInvalid otherwise', async () => {
    const payload = { ...mock('talkplus', 'member_added', undefined, { seed: 7 }), users: Array.from({ length: 500_000 }, () => 0) };
    const rejecting = talkplus({ rejectInvalid: true, maxBodyBytes: 4 * 1024 * 1024 }).onError(() => {});
    const refused = await rejecting.handle(signedDelivery('talkplus', payload));
    expect(refused.status).toBe(400);
    expect(refused.body.length).toBeLessThan(64 * 1024);
    expect(JSON.parse(refused.body).errors).toHaveLength(20);
    let reported = 0;
    const keeping = talkplus({ maxBodyBytes: 4 * 1024 * 1024 }).onInvalid((_payload, errors) => {
      reported = errors.length;
    });
    expect((await keeping.handle(signedDelivery('talkplus', payload))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reported).toBe(20);
  });
});
