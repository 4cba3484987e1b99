import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mock } from '@chat-webhooks/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { createReceiver, toNodeMiddleware, type ReceiverError } from '../src/index.js';
import { SECRETS, signedDelivery } from './helpers.js';

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
    const refused = await fetch(url, { method: 'POST', body: JSON.stringify(mock('talkplus', 'message', undefined, { seed: 8 })), headers });
    expect(refused.status).toBe(500);
    expect(errors.at(-1)?.message).toContain('mount this middleware before express.json()');
  });

  it('stops reading at the size limit and answers 413', async () => {
    const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus, maxBodyBytes: 10_000 }).onError(() => {});
    const url = await listen(toNodeMiddleware(receiver));
    expect((await fetch(url, { method: 'POST', body: 'x'.repeat(50_000) })).status).toBe(413);
    // Chunked, without a content-length to look at first.
    const stream = new ReadableStream({ start: (controller) => { controller.enqueue(new TextEncoder().encode('y'.repeat(20_000))); controller.close(); } });
    expect((await fetch(url, { method: 'POST', body: stream, duplex: 'half' } as RequestInit)).status).toBe(413);
  });
});
