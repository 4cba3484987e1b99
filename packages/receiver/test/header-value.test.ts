import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sign } from '@chat-webhooks/verify';
import { mock } from '@chat-webhooks/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { headerValue, singleHeaderValue } from '../src/core/header-value.js';
import { createReceiver, toFetchHandler, toNodeMiddleware } from '../src/index.js';
import { SECRETS } from './helpers.js';

describe('singleHeaderValue: a header that must occur once', () => {
  it('returns the one value from a Node headers object (any case) or a Fetch Headers, undefined when absent', () => {
    expect(singleHeaderValue({ 'x-sig': 'abc' }, 'X-Sig')).toEqual({ repeated: false, value: 'abc' });
    expect(singleHeaderValue({ 'X-Sig': 'abc' }, 'x-sig')).toEqual({ repeated: false, value: 'abc' });
    expect(singleHeaderValue({ 'x-sig': ['abc'] }, 'x-sig')).toEqual({ repeated: false, value: 'abc' });
    expect(singleHeaderValue(new Headers({ 'x-sig': 'abc' }), 'x-sig')).toEqual({ repeated: false, value: 'abc' });
    expect(singleHeaderValue({}, 'x-sig')).toEqual({ repeated: false, value: undefined });
    expect(singleHeaderValue({ 'x-sig': undefined }, 'x-sig')).toEqual({ repeated: false, value: undefined });
    expect(singleHeaderValue({ 'x-sig': [] }, 'x-sig')).toEqual({ repeated: false, value: undefined });
    expect(singleHeaderValue(new Headers(), 'x-sig')).toEqual({ repeated: false, value: undefined });
  });

  it('tells a repeated header apart: arrays of several values, and the same name in two cases', () => {
    expect(singleHeaderValue({ 'x-sig': ['valid', 'invalid'] }, 'x-sig')).toEqual({ repeated: true, count: 2 });
    expect(singleHeaderValue({ 'X-Sig': 'valid', 'x-sig': 'invalid' }, 'x-sig')).toEqual({ repeated: true, count: 2 });
    // headerValue keeps its old meaning (the first value) for headers where that is fine.
    expect(headerValue({ 'x-sig': ['valid', 'invalid'] }, 'x-sig')).toBe('valid');
  });

  it('with commaSeparated, sees the repeat that Fetch Headers and Node join into one value with ", "', () => {
    const fetchHeaders = new Headers();
    fetchHeaders.append('x-sig', 'valid');
    fetchHeaders.append('x-sig', 'invalid');
    expect(fetchHeaders.get('x-sig')).toBe('valid, invalid');
    expect(singleHeaderValue(fetchHeaders, 'x-sig', { commaSeparated: true })).toEqual({ repeated: true, count: 2 });
    expect(singleHeaderValue({ 'x-sig': 'valid, invalid, third' }, 'x-sig', { commaSeparated: true })).toEqual({
      repeated: true,
      count: 3,
    });
    expect(singleHeaderValue({ 'x-sig': 'valid,' }, 'x-sig', { commaSeparated: true })).toEqual({ repeated: true, count: 2 });
    // Without the option a comma is just a character (for headers whose values may hold one).
    expect(singleHeaderValue(fetchHeaders, 'x-sig')).toEqual({ repeated: false, value: 'valid, invalid' });
    // Base64 and hex never hold a comma: a real signature passes through untouched.
    expect(singleHeaderValue({ 'x-sig': 'q83vEjRWeJA=' }, 'x-sig', { commaSeparated: true })).toEqual({
      repeated: false,
      value: 'q83vEjRWeJA=',
    });
  });
});

describe('a repeated signature header ends as 401 through every adapter', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  const body = JSON.stringify(mock('talkplus', 'message', undefined, { seed: 21 }));
  const valid = sign('talkplus', body, SECRETS.talkplus);
  const invalid = sign('talkplus', body, 'another-key');
  const receiver = () => createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus }).onError(() => {});

  it('handle() with [valid, invalid] in a Node headers object', async () => {
    expect((await receiver().handle({ body, headers: { 'x-talkplus-signature': valid } })).status).toBe(200);
    expect((await receiver().handle({ body, headers: { 'x-talkplus-signature': [valid, invalid] } })).status).toBe(401);
  });

  it('toFetchHandler, where Headers joins the repeat into "valid, invalid"', async () => {
    const headers = new Headers();
    headers.append('x-talkplus-signature', valid);
    headers.append('x-talkplus-signature', invalid);
    const response = await toFetchHandler(receiver())(new Request('http://127.0.0.1/', { method: 'POST', body, headers }));
    expect(response.status).toBe(401);
  });

  it('toNodeMiddleware over real HTTP, with the header sent twice on the wire', async () => {
    server = createServer(toNodeMiddleware(receiver()));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const status = (signatures: string[]) =>
      new Promise<number>((resolve, reject) => {
        const client = httpRequest({
          host: '127.0.0.1',
          port,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            'x-talkplus-signature': signatures,
          },
        });
        client.on('response', (response) => {
          response.resume();
          resolve(response.statusCode!);
        });
        client.on('error', reject);
        client.end(body);
      });
    expect(await status([valid])).toBe(200);
    expect(await status([valid, invalid])).toBe(401);
  });
});
