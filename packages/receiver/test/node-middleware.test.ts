import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mock } from '@chat-webhooks/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { createReceiver, toNodeMiddleware, type ReceiverError } from '../src/index.js';
import { LINGER_MAX_BYTES } from '../src/node/linger.js';
import { countingSource, SECRETS, signedDelivery } from './helpers.js';

let server: Server;
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('toNodeMiddleware', () => {
  it('reads the raw body itself and answers', async () => {
    const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus });
    const url = await listen(toNodeMiddleware(receiver));
    const { body, headers } = signedDelivery('talkplus', mock('talkplus', 'message'));
    const response = await fetch(url, { method: 'POST', body, headers });
    expect(response.status).toBe(200);
    expect((await fetch(url)).status).toBe(405);
  });

  it('uses a raw body left by express.raw(), and explains the fix when express.json() parsed it already', async () => {
    const errors: ReceiverError[] = [];
    const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus }).onError((error) => void errors.push(error));
    const middleware = toNodeMiddleware(receiver);
    const { body, headers } = signedDelivery('talkplus', mock('talkplus', 'message'));
    let mode: 'raw' | 'json' = 'raw';
    const url = await listen((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const text = Buffer.concat(chunks);
        (request as IncomingMessage & { body?: unknown }).body = mode === 'raw' ? text : JSON.parse(text.toString());
        middleware(request, response);
      });
    });
    expect((await fetch(url, { method: 'POST', body, headers })).status).toBe(200);
    mode = 'json';
    const refused = await fetch(url, {
      method: 'POST',
      body: JSON.stringify(mock('talkplus', 'message', undefined, { seed: 8 })),
      headers,
    });
    expect(refused.status).toBe(500);
    expect(errors.at(-1)?.message).toContain('mount this middleware before express.json()');
  });

  it('stops reading at the size limit and answers 413', async () => {
    const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus, maxBodyBytes: 10_000 }).onError(() => {});
    const url = await listen(toNodeMiddleware(receiver));
    expect((await fetch(url, { method: 'POST', body: 'x'.repeat(50_000) })).status).toBe(413);
    // Chunked, without a content-length to look at first.
    const stream = new ReadableStream({
      start: (controller) => {
        controller.enqueue(new TextEncoder().encode('y'.repeat(20_000)));
        controller.close();
      },
    });
    expect((await fetch(url, { method: 'POST', body: stream, duplex: 'half' } as RequestInit)).status).toBe(413);
  });
});

const MiB = 1024 * 1024;
/** The most one socket read hands the HTTP parser (libuv reads 64 KiB at a time). */
const READ_BYTES = 64 * 1024;

/** A raw HTTP/1.1 client: sends the head and `sent`, then does what `then` says; resolves with the status, if any. */
function partialUpload(
  url: string,
  { declared, sent, then }: { declared: number; sent: string; then: 'abort' | 'stall' },
): Promise<{ status?: number; headers?: IncomingMessage['headers']; error?: string }> {
  return new Promise((resolve) => {
    const client = httpRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(declared) },
    });
    client.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers }));
    });
    client.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
    client.write(sent, () => {
      if (then === 'abort') setTimeout(() => client.destroy(), 20);
    });
  });
}

describe('toNodeMiddleware: bounded reading over real HTTP', () => {
  it('a client that aborts mid-body: nothing crashes, nothing is answered to nobody, and later requests work', async () => {
    const errors: ReceiverError[] = [];
    const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus }).onError((error) => void errors.push(error));
    const middleware = toNodeMiddleware(receiver);
    const writes: number[] = [];
    const url = await listen((request, response) => {
      const writeHead = response.writeHead.bind(response);
      response.writeHead = ((...args: Parameters<typeof writeHead>) => (
        writes.push(args[0]), writeHead(...args)
      )) as typeof response.writeHead;
      middleware(request, response);
    });
    const aborted = await partialUpload(url, { declared: 100_000, sent: '{"event":"message",', then: 'abort' });
    expect(aborted.status).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes).toEqual([]);
    const { body, headers } = signedDelivery('talkplus', mock('talkplus', 'message', undefined, { seed: 12 }));
    expect((await fetch(url, { method: 'POST', body, headers })).status).toBe(200);
    expect(writes).toEqual([200]);
    expect(errors).toEqual([]);
  });

  it('a stalled upload gets 408 after bodyTimeoutMs, and its connection is closed', async () => {
    const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus }).onError(() => {});
    const url = await listen(toNodeMiddleware(receiver, { bodyTimeoutMs: 50 }));
    const stalled = await partialUpload(url, { declared: 1000, sent: '{"event":', then: 'stall' });
    expect(stalled).toMatchObject({ status: 408, headers: { connection: 'close' } });
    // The server is still there.
    expect((await fetch(url)).status).toBe(405);
  });

  it('a 200 MiB chunked upload gets 413 after reading at most maxBodyBytes + one read, then at most LINGER_MAX_BYTES more, and the client is cut off', async () => {
    const maxBodyBytes = MiB;
    const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus, maxBodyBytes }).onError(() => {});
    let seen = 0;
    let seenAtAnswer: number | undefined;
    const middleware = toNodeMiddleware(receiver);
    const url = await listen((request, response) => {
      request.on('data', (chunk: Buffer) => void (seen += chunk.byteLength));
      const writeHead = response.writeHead.bind(response);
      response.writeHead = ((...args: Parameters<typeof writeHead>) => (
        (seenAtAnswer = seen), writeHead(...args)
      )) as typeof response.writeHead;
      middleware(request, response);
    });
    const total = 200 * MiB;
    const source = countingSource(total);
    const response = await fetch(url, { method: 'POST', body: source.stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ ok: false, error: `payload larger than ${maxBodyBytes} bytes` });
    // Before the answer: the limit plus the read that crossed it (libuv reads at most 64 KiB at a time).
    expect(seenAtAnswer).toBeLessThanOrEqual(maxBodyBytes + READ_BYTES);
    // After it, the lingering close discards a bounded amount, then cuts the client off (it would send 200 MiB).
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(seen).toBeLessThanOrEqual(seenAtAnswer! + LINGER_MAX_BYTES + READ_BYTES);
    expect(source.pulled).toBeLessThan(total);
    // A new server on the same middleware serves as usual.
    const again = await listen(middleware);
    const { body, headers } = signedDelivery('talkplus', mock('talkplus', 'message', undefined, { seed: 13 }));
    expect((await fetch(again, { method: 'POST', body, headers })).status).toBe(200);
  });

  it('answers a request whose body was read by someone else (without leaving it for us) with 500, not a hang', async () => {
    const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus }).onError(() => {});
    const middleware = toNodeMiddleware(receiver, { bodyTimeoutMs: 5000 });
    const url = await listen((request, response) => {
      request.resume();
      request.on('end', () => middleware(request, response));
    });
    const response = await fetch(url, { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('read before the webhook middleware');
  });

  it('checks bodyTimeoutMs at creation with a TypeError naming it', () => {
    const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus });
    for (const bodyTimeoutMs of [Number.NaN, -5, 2.5]) {
      expect(() => toNodeMiddleware(receiver, { bodyTimeoutMs })).toThrow(
        /^@chat-webhooks\/receiver: toNodeMiddleware option bodyTimeoutMs must be a positive integer/,
      );
    }
  });
});
