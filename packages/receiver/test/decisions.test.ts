import { mock } from '@chat-webhooks/mocks';
import { describe, expect, it, vi } from 'vitest';
import { createReceiver, type ReceiverError } from '../src/index.js';

// Nexconn publishes no signature scheme: these receivers authenticate by source address (see source-address.test.ts).
const nexconn = (options: Partial<Parameters<typeof createReceiver<'nexconn'>>[0]> = {}) =>
  createReceiver({ vendor: 'nexconn', unsafeSkipVerification: true, ...options });
const delivery = (seed: number, name: 'group_channel:pre_messaging' | 'direct_channel:pre_messaging' = 'group_channel:pre_messaging') => ({
  body: JSON.stringify(mock('nexconn', name, undefined, { seed })),
  headers: { 'content-type': 'application/json' },
});

describe('synchronous events: Nexconn pre-messaging decisions', () => {
  it("answers 200 with the handler's decision as the JSON body", async () => {
    const receiver = nexconn().on('group_channel:pre_messaging', (event) =>
      event.data[0]!.userId === 'blocked-user' ? { pass: 0, extra: 'muted' } : { pass: 0, extra: 'reviewed' },
    );
    const response = await receiver.handle(delivery(1));
    expect(response).toMatchObject({ status: 200, headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(response.body)).toEqual({ pass: 0, extra: 'reviewed' });
  });

  it('a handler that never resolves: the default decision, answered at the deadline (below Nexconn 5 s), reported through onError', async () => {
    const errors: ReceiverError[] = [];
    const receiver = nexconn({ decisionTimeoutMs: 50 })
      .on('group_channel:pre_messaging', () => new Promise(() => {}))
      .onError((error) => {
        errors.push(error);
      });
    const response = await receiver.handle(delivery(2));
    expect(JSON.parse(response.body)).toEqual({ pass: 1 });
    expect(errors.map((error) => error.kind)).toEqual(['handlerTimeout']);
  });

  it('a handler that throws, or returns something that is not a decision: the default, reported', async () => {
    const errors: string[] = [];
    const thrower = nexconn({ defaultDecision: { pass: 0, extra: 'moderation unavailable' } })
      .on('group_channel:pre_messaging', () => {
        throw new Error('model offline');
      })
      .onError((error) => {
        errors.push(error.message);
      });
    expect(JSON.parse((await thrower.handle(delivery(3))).body)).toEqual({ pass: 0, extra: 'moderation unavailable' });
    const confused = nexconn()
      .on('group_channel:pre_messaging', () => ({ allow: true }) as never)
      .onError((error) => {
        errors.push(error.message);
      });
    expect(JSON.parse((await confused.handle(delivery(4))).body)).toEqual({ pass: 1 });
    expect(errors).toEqual([expect.stringContaining('threw: model offline'), expect.stringContaining('not a decision')]);
  });

  it('without a handler: the neutral decision ({ pass: 1 }, the message goes on unchanged)', async () => {
    const response = await nexconn().handle(delivery(5, 'direct_channel:pre_messaging'));
    expect(JSON.parse(response.body)).toEqual({ pass: 1 });
  });

  it('a retry of the same delivery gets the same decision, and the handler runs once', async () => {
    let count = 0;
    const handler = vi.fn(() => ({ pass: (count++ === 0 ? 0 : 1) as 0 | 1 }));
    const receiver = nexconn().on('group_channel:pre_messaging', handler);
    const request = delivery(6);
    const answers = await Promise.all([receiver.handle(request), receiver.handle(request)]);
    answers.push(await receiver.handle(request));
    expect(answers.map((answer) => JSON.parse(answer.body))).toEqual([{ pass: 0 }, { pass: 0 }, { pass: 0 }]);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('refuses a decision deadline that is not below the vendor timeout', () => {
    expect(() => nexconn({ decisionTimeoutMs: 5000 })).toThrow(/decisionTimeoutMs must be an integer from 1 to 4999/);
    expect(() => nexconn({ decisionTimeoutMs: Number.NaN })).toThrow(TypeError);
  });

  it('asynchronous Nexconn events still get the usual acknowledgement', async () => {
    const seen: string[] = [];
    const receiver = nexconn().on('message:send', (event) => {
      seen.push(event.data[0]!.messageId);
    });
    const response = await receiver.handle({ body: JSON.stringify(mock('nexconn', 'message:send', undefined, { seed: 1 })), headers: {} });
    expect(JSON.parse(response.body)).toEqual({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(1);
  });
});
