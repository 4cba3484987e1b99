import { mock } from '@chat-webhooks/mocks';
import { describe, expect, it, vi } from 'vitest';
import { createReceiver, toFetchHandler } from '../src/index.js';
import { handlersSettled, SECRETS, signedDelivery } from './helpers.js';

describe('toFetchHandler: Request -> Response', () => {
  const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus, maxBodyBytes: 4096 });
  const handler = toFetchHandler(receiver);

  it('answers a signed delivery and runs its handler', async () => {
    const seen = vi.fn();
    receiver.on('user_blocked', seen);
    const { body, headers } = signedDelivery('talkplus', mock('talkplus', 'user_blocked'));
    const response = await handler(new Request('http://127.0.0.1/webhooks', { method: 'POST', body, headers }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    await handlersSettled();
    expect(seen).toHaveBeenCalledOnce();
  });

  it('answers 405 to other methods and 413 to a declared oversized body without reading it', async () => {
    expect((await handler(new Request('http://127.0.0.1/webhooks'))).status).toBe(405);
    const big = new Request('http://127.0.0.1/webhooks', { method: 'POST', body: 'x'.repeat(5000), headers: { 'content-length': '5000' } });
    expect((await handler(big)).status).toBe(413);
  });

  it('passes the runtime context waitUntil on', async () => {
    const waitUntil = vi.fn();
    const { body, headers } = signedDelivery('talkplus', mock('talkplus', 'user_blocked', undefined, { seed: 5 }));
    await handler(new Request('http://127.0.0.1/webhooks', { method: 'POST', body, headers }), { waitUntil });
    expect(waitUntil).toHaveBeenCalledOnce();
  });
});
