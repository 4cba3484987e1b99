import { mock } from '@chat-webhooks/mocks';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryDedupeStore, createReceiver, type ReceiverError, type DeliveryContext } from '../src/index.js';
import { handlersSettled, SECRETS, signedDelivery } from './helpers.js';

const talkplusReceiver = (options: Partial<Parameters<typeof createReceiver<'talkplus'>>[0]> = {}) =>
  createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus, ...options });

describe('createReceiver: the request path', () => {
  it('answers 200 to a valid signed delivery, then runs the handler with the typed event', async () => {
    const seen: string[] = [];
    const receiver = talkplusReceiver().on('member_added', (event, context) => {
      seen.push(`${event.users.map((user) => user.id).join(',')} ${context.name}`);
    });
    const payload = mock('talkplus', 'member_added');
    const response = await receiver.handle(signedDelivery('talkplus', payload));
    expect(response).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(seen).toEqual([]); // answered first
    await handlersSettled();
    expect(seen).toEqual([`${payload.users.map((user) => user.id).join(',')} member_added`]);
  });

  it('runs a retried delivery once (same body: Sendbird resends up to three times)', async () => {
    const handler = vi.fn();
    const receiver = createReceiver({ vendor: 'sendbird', secret: SECRETS.sendbird }).on('open_channel:message_send', handler);
    const delivery = signedDelivery('sendbird', mock('sendbird', 'open_channel:message_send'));
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++) statuses.push((await receiver.handle(delivery)).status);
    await handlersSettled();
    expect(statuses).toEqual([200, 200, 200]);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('answers 401 with an opaque body to a bad or missing signature, and runs nothing', async () => {
    const handler = vi.fn();
    const errors: ReceiverError[] = [];
    const receiver = talkplusReceiver()
      .onAny(handler)
      .onError((error) => void errors.push(error));
    const delivery = signedDelivery('talkplus', mock('talkplus', 'message'), 'another-key');
    expect(await receiver.handle(delivery)).toMatchObject({ status: 401, body: '{"ok":false,"error":"invalid signature"}' });
    expect(await receiver.handle({ body: delivery.body, headers: {} })).toMatchObject({ status: 401 });
    await handlersSettled();
    expect(handler).not.toHaveBeenCalled();
    expect(errors.map((error) => error.kind)).toEqual(['signature', 'signature']);
  });

  it('answers 400 with the readable errors to a signed but malformed body', async () => {
    const receiver = talkplusReceiver().onError(() => {});
    const malformed = await receiver.handle(signedDelivery('talkplus', 'x'.repeat(3)));
    expect(malformed.status).toBe(400);
    const badJson = signedDelivery('talkplus', {});
    const broken = { ...badJson, body: '{"event":' };
    const { sign } = await import('@chat-webhooks/verify');
    broken.headers['x-talkplus-signature'] = sign('talkplus', broken.body, SECRETS.talkplus);
    expect(await receiver.handle(broken)).toMatchObject({ status: 400, body: expect.stringContaining('"keyword":"json"') });
  });

  it('acknowledges a signed delivery that fails the schema and hands it to onInvalid: authentic data is never dropped', async () => {
    const invalid = vi.fn();
    const receiver = talkplusReceiver().onInvalid(invalid);
    const payload = { ...mock('talkplus', 'member_added'), users: 'nobody' };
    const response = await receiver.handle(signedDelivery('talkplus', payload));
    expect(response).toMatchObject({ status: 200, body: '{"ok":true,"invalid":true}' });
    await handlersSettled();
    expect(invalid).toHaveBeenCalledWith(
      payload,
      [{ path: '/users', keyword: 'type', message: '/users must be an array, got the string "nobody"' }],
      expect.objectContaining({ name: 'member_added', attempt: 1 }),
    );
  });

  it('answers 400 with the readable errors to a signed invalid delivery with rejectInvalid: true', async () => {
    const receiver = talkplusReceiver({ rejectInvalid: true }).onError(() => {});
    const invalid = await receiver.handle(signedDelivery('talkplus', { ...mock('talkplus', 'member_added'), users: 'nobody' }));
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      errors: [{ path: '/users', keyword: 'type', message: '/users must be an array, got the string "nobody"' }],
    });
  });

  it('answers 413 to an oversized body before checking anything else', async () => {
    const receiver = talkplusReceiver({ maxBodyBytes: 1000 }).onError(() => {});
    expect(await receiver.handle({ body: 'x'.repeat(1001), headers: {} })).toMatchObject({ status: 413 });
  });

  it('acknowledges an unknown event (2xx) and hands it to onUnknown', async () => {
    const unknown = vi.fn();
    const receiver = talkplusReceiver().onUnknown(unknown);
    const response = await receiver.handle(signedDelivery('talkplus', { event: 'channel_frozen', appId: 'a', channel: { id: 'c' } }));
    expect(response).toMatchObject({ status: 202 });
    await handlersSettled();
    expect(unknown).toHaveBeenCalledWith(
      { event: 'channel_frozen', appId: 'a', channel: { id: 'c' } },
      expect.objectContaining({ name: 'channel_frozen' }),
    );
  });

  it('rejects unknown properties with strict: true and rejectInvalid: true', async () => {
    const receiver = talkplusReceiver({ strict: true, rejectInvalid: true }).onError(() => {});
    const response = await receiver.handle(signedDelivery('talkplus', { ...mock('talkplus', 'user_blocked'), since: 1 }));
    expect(response.status).toBe(400);
    expect(response.body).toContain('additionalProperties');
  });

  it('accepts either secret during a rotation', async () => {
    const receiver = createReceiver({ vendor: 'talkplus', secrets: ['new-key', SECRETS.talkplus] }).onError(() => {});
    expect((await receiver.handle(signedDelivery('talkplus', mock('talkplus', 'message'), 'new-key'))).status).toBe(200);
    expect((await receiver.handle(signedDelivery('talkplus', mock('talkplus', 'message', undefined, { seed: 2 })))).status).toBe(200);
    expect(
      (await receiver.handle(signedDelivery('talkplus', mock('talkplus', 'message', undefined, { seed: 3 }), 'retired-key'))).status,
    ).toBe(401);
  });

  it('explains how to keep the raw body when given a parsed object', async () => {
    const errors: ReceiverError[] = [];
    const receiver = talkplusReceiver().onError((error) => void errors.push(error));
    const response = await receiver.handle({ body: mock('talkplus', 'message') as never, headers: {} });
    expect(response.status).toBe(500);
    expect(errors[0]?.kind).toBe('rawBody');
    expect(errors[0]?.message).toContain("express.raw({ type: 'application/json' })");
  });
});

describe('handlers', () => {
  it('a handler that throws goes to onError and never reaches the process; other handlers still run', async () => {
    const errors: ReceiverError[] = [];
    const after = vi.fn();
    const receiver = talkplusReceiver()
      .on('message', () => {
        throw new Error('database down');
      })
      .on('message', async () => Promise.reject(new Error('queue down')))
      .onAny(after)
      .onError((error) => void errors.push(error));
    expect((await receiver.handle(signedDelivery('talkplus', mock('talkplus', 'message')))).status).toBe(200);
    await handlersSettled();
    expect(errors.map((error) => [error.kind, (error.cause as Error).message])).toEqual([
      ['handler', 'database down'],
      ['handler', 'queue down'],
    ]);
    expect(after).toHaveBeenCalledOnce();
  });

  it('with awaitHandlers, answers after the handlers, 500 when one throws, and lets the retry run again', async () => {
    let calls = 0;
    const receiver = talkplusReceiver({ awaitHandlers: true })
      .on('message', () => {
        calls++;
        if (calls === 1) throw new Error('transient');
      })
      .onError(() => {});
    const delivery = signedDelivery('talkplus', mock('talkplus', 'message'));
    expect((await receiver.handle(delivery)).status).toBe(500);
    expect((await receiver.handle(delivery)).status).toBe(200);
    expect((await receiver.handle(delivery)).body).toContain('duplicate');
    expect(calls).toBe(2);
  });

  it('hands a waitUntil the work that runs after the answer', async () => {
    const waitUntil = vi.fn();
    const receiver = talkplusReceiver().onAny(() => {});
    await receiver.handle(signedDelivery('talkplus', mock('talkplus', 'message')), { waitUntil });
    expect(waitUntil).toHaveBeenCalledWith(expect.any(Promise));
    await waitUntil.mock.calls[0]![0];
  });
});

describe('Nexconn', () => {
  const batch = () => {
    const payload = mock('nexconn', 'open_channel:operation', undefined, { seed: 4 });
    return { ...payload, data: [payload.data[0]!, { ...payload.data[0]!, operationType: 2 as const }] };
  };

  it('has no documented signature: verification must be skipped by name or brought by the caller', async () => {
    expect(() => createReceiver({ vendor: 'nexconn', secret: 'x' })).toThrow(/nexconn documents no signature scheme/);
    expect(() => createReceiver({ vendor: 'nexconn' })).toThrow(/choose exactly one way to authenticate/);
    const refused = createReceiver({ vendor: 'nexconn', verify: () => false }).onError(() => {});
    expect((await refused.handle({ body: JSON.stringify(batch()), headers: {} })).status).toBe(401);
  });

  it('hands each item of a batch to the handlers alone, inside its envelope, and de-duplicates by envelope id', async () => {
    const seen: [number, number, DeliveryContext['batch']][] = [];
    const receiver = createReceiver({ vendor: 'nexconn', unsafeSkipVerification: true }).on('open_channel:operation', (event, context) => {
      seen.push([event.data.length, event.data[0]!.operationType, context.batch]);
    });
    const payload = batch();
    await receiver.handle({ body: JSON.stringify(payload), headers: {} });
    await receiver.handle({ body: JSON.stringify({ ...payload, time: payload.time + 1 }), headers: {} }); // a retry with the same id
    await handlersSettled();
    expect(seen).toEqual([
      [1, payload.data[0]!.operationType, { index: 0, size: 2 }],
      [1, 2, { index: 1, size: 2 }],
    ]);
  });
});

describe('configuration mistakes fail at creation, with what to do', () => {
  it('an empty secret', () => {
    expect(() => createReceiver({ vendor: 'talkplus', secret: '' })).toThrow('@chat-webhooks/receiver: the signing secret is empty');
    expect(() => createReceiver({ vendor: 'talkplus', secrets: [] })).toThrow(/secret is empty/);
  });

  it('two ways to authenticate at once', () => {
    expect(() => createReceiver({ vendor: 'talkplus', secret: 'a', unsafeSkipVerification: true })).toThrow(/exactly one way/);
  });
});

describe('createMemoryDedupeStore', () => {
  it('forgets a delivery after its TTL and keeps at most maxEntries', () => {
    let now = 0;
    const store = createMemoryDedupeStore({ maxEntries: 2, now: () => now });
    expect(store.claim('a', 100)).toBe(true);
    expect(store.claim('a', 100)).toBe(false);
    now = 101;
    expect(store.claim('a', 100)).toBe(true);
    store.claim('b', 100);
    store.claim('c', 100);
    expect(store.claim('a', 100)).toBe(true); // the oldest was dropped at the limit
  });
});
