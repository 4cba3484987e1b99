import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { mock } from '@chat-webhooks/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReceiver, toFetchHandler } from '../src/index.js';
import { countingSource, handlersSettled, SECRETS, signedDelivery } from './helpers.js';

const MiB = 1024 * 1024;
const post = (body: RequestInit['body'], init: RequestInit = {}) =>
  new Request('http://127.0.0.1/webhooks', { method: 'POST', body, duplex: 'half', ...init } as RequestInit);

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

  it('reads a signed delivery that arrives as a chunked stream', async () => {
    const { body, headers } = signedDelivery('talkplus', mock('talkplus', 'user_blocked', undefined, { seed: 6 }));
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 7) controller.enqueue(bytes.slice(offset, offset + 7));
        controller.close();
      },
    });
    expect((await handler(post(stream, { headers }))).status).toBe(200);
  });
});

describe('toFetchHandler: bounded reading', () => {
  const maxBodyBytes = MiB;
  const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus, maxBodyBytes }).onError(() => {});

  it('refuses a 200 MiB chunked stream with 413 after pulling no more than maxBodyBytes + one chunk, and cancels it', async () => {
    const chunk = 64 * 1024;
    const source = countingSource(200 * MiB, chunk);
    const response = await toFetchHandler(receiver)(post(source.stream));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: `payload larger than ${maxBodyBytes} bytes` });
    expect(source.pulled).toBeGreaterThan(maxBodyBytes);
    expect(source.pulled).toBeLessThanOrEqual(maxBodyBytes + chunk);
    await handlersSettled();
    expect(source.cancelled).toBe(true);
  });

  it('answers 400 to a body stream that errors part-way, and resolves (never rejects)', async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"event":'));
      },
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    const response = await toFetchHandler(receiver)(post(stream));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: 'the request body could not be read to its end' });
  });

  it('answers 408 to a stalled body stream once bodyTimeoutMs has passed, and cancels it', async () => {
    let cancelled = false;
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"event":'));
      },
      pull: () => new Promise(() => {}), // never sends more
      cancel: () => void (cancelled = true),
    });
    const response = await toFetchHandler(receiver, { bodyTimeoutMs: 50 })(post(stream));
    expect(response.status).toBe(408);
    expect(await response.json()).toEqual({ ok: false, error: 'the body was not received within 50 ms' });
    await handlersSettled();
    expect(cancelled).toBe(true);
  });

  it('answers 400 when the request is aborted (request.signal) while its body is being read', async () => {
    const controller = new AbortController();
    const stream = new ReadableStream({ pull: () => new Promise(() => {}) });
    const pending = toFetchHandler(receiver)(post(stream, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 10);
    expect((await pending).status).toBe(400);
  });

  it('answers 500 with the reason when the body was read already', async () => {
    const request = post('{}');
    await request.text();
    const response = await toFetchHandler(receiver)(request);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('read before the webhook handler');
  });

  it('checks bodyTimeoutMs at creation: NaN, negative, zero, fractional or non-numbers throw a TypeError naming it', () => {
    for (const bodyTimeoutMs of [Number.NaN, -1, 0, 1.5, Number.POSITIVE_INFINITY, 2 ** 31, '100' as unknown as number]) {
      expect(() => toFetchHandler(receiver, { bodyTimeoutMs })).toThrow(TypeError);
      expect(() => toFetchHandler(receiver, { bodyTimeoutMs })).toThrow(
        /^@chat-webhooks\/receiver: toFetchHandler option bodyTimeoutMs must be a positive integer/,
      );
    }
    expect(() => toFetchHandler(receiver, { bodyTimeoutMs: 1 })).not.toThrow();
    expect(() => toFetchHandler(receiver, {})).not.toThrow();
  });
});

describe('toFetchHandler over real HTTP (node:http bridged to Request, as @hono/node-server does)', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('answers a client that aborts mid-body (the promise resolves with 400), and the server keeps serving', async () => {
    const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus }).onError(() => {});
    const handler = toFetchHandler(receiver);
    const outcomes: Promise<number>[] = [];
    server = createServer((req, res) => {
      const request = new Request(`http://127.0.0.1${req.url}`, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        ...(req.method === 'POST' ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
      } as RequestInit);
      const outcome = handler(request).then(async (response) => {
        if (!res.destroyed) res.writeHead(response.status, Object.fromEntries(response.headers)).end(await response.text());
        return response.status;
      });
      outcomes.push(outcome);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    await new Promise<void>((resolve) => {
      const client = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'content-length': '100000' } });
      client.on('error', () => resolve());
      client.write('{"event":"message",', () => setTimeout(() => client.destroy(), 20));
      client.on('close', () => resolve());
    });
    expect(await outcomes[0]).toBe(400);

    const { body, headers } = signedDelivery('talkplus', mock('talkplus', 'message', undefined, { seed: 11 }));
    expect((await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body, headers })).status).toBe(200);
  });
});
