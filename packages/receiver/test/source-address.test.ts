import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { mock } from '@chat-webhooks/mocks';
import { vendors } from '@chat-webhooks/schemas/vendors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAllowlist, sourceAddress } from '../src/core/source-address.js';
import { createReceiver, toNodeMiddleware } from '../src/index.js';

const NEXCONN_SINGAPORE = '52.221.93.74';
const body = () => JSON.stringify(mock('nexconn', 'message:send', undefined, { seed: 3 }));

describe('allowSourceIps: the source address, checked before any other work', () => {
  it('a request from outside the allowlist is answered 403 and reaches no handler; one from inside passes', async () => {
    const handler = vi.fn();
    const receiver = createReceiver({ vendor: 'nexconn', unsafeSkipVerification: true, allowSourceIps: 'vendor' })
      .onAny(handler)
      .onError(() => {});
    expect((await receiver.handle({ body: body(), headers: {}, remoteAddress: '198.51.100.9' })).status).toBe(403);
    // Even a body that would be refused later (413, 400) gets 403 first: no work for strangers.
    expect((await receiver.handle({ body: 'x'.repeat(2_000_000), headers: {}, remoteAddress: '198.51.100.9' })).status).toBe(403);
    expect((await receiver.handle({ body: body(), headers: {} })).status).toBe(403);
    expect((await receiver.handle({ body: body(), headers: {}, remoteAddress: NEXCONN_SINGAPORE })).status).toBe(200);
    expect((await receiver.handle({ body: body(), headers: {}, remoteAddress: `::ffff:${NEXCONN_SINGAPORE}` })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // One delivery reached the handlers (its batch items one by one); the second allowed one was its duplicate.
    expect(new Set(handler.mock.calls.map(([, context]) => context.deliveryId)).size).toBe(1);
  });

  it("'vendor' is the list Nexconn publishes, as vendor.json keeps it", () => {
    const published = vendors.find((facts) => facts.id === 'nexconn')!.sourceAddresses!;
    expect(published.addresses).toHaveLength(20);
    const allowed = createAllowlist(published.addresses);
    for (const address of published.addresses) expect(allowed(address)).toBe(true);
    expect(() => createReceiver({ vendor: 'sendbird', secret: 's', allowSourceIps: 'vendor' })).toThrow(/publishes no source addresses/);
  });

  it('takes CIDR blocks, IPv4 and IPv6, and refuses malformed entries at creation', () => {
    const allowed = createAllowlist(['203.0.113.0/24', '2001:db8::/32', '192.0.2.7']);
    expect(['203.0.113.1', '203.0.113.255', '2001:db8:1::5', '2001:0db8:ffff:0:0:0:0:1', '192.0.2.7'].map(allowed)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['203.0.114.1', '2001:db9::1', '192.0.2.8', 'not-an-ip', '', '1.2.3.4.5', '::ffff:203.0.114.1'].map(allowed)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    for (const entry of ['203.0.113.0/33', '10.0.0.256', 'example.com', '2001:db8::/129', '1.2.3.4/x'])
      expect(() => createAllowlist([entry])).toThrow(entry);
    expect(() => createReceiver({ vendor: 'nexconn', unsafeSkipVerification: true, allowSourceIps: [] })).toThrow(/non-empty list/);
  });

  it('trustProxy: X-Forwarded-For is honoured only when set, and only for that many hops', () => {
    const headers = { 'x-forwarded-for': `6.6.6.6, ${NEXCONN_SINGAPORE}, 10.0.0.2` };
    expect(sourceAddress('10.0.0.1', headers, 0)).toBe('10.0.0.1');
    expect(sourceAddress('10.0.0.1', headers, 1)).toBe('10.0.0.2');
    expect(sourceAddress('10.0.0.1', headers, 2)).toBe(NEXCONN_SINGAPORE);
    expect(sourceAddress('10.0.0.1', { 'x-forwarded-for': NEXCONN_SINGAPORE }, 2)).toBeUndefined();
    expect(() => createReceiver({ vendor: 'nexconn', unsafeSkipVerification: true, trustProxy: -1 })).toThrow(/trustProxy/);
  });

  describe('over real HTTP through the Node adapter', () => {
    let server: Server;
    afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const listen = async (options: { allowSourceIps: readonly string[]; trustProxy?: number }) => {
      const receiver = createReceiver({ vendor: 'nexconn', unsafeSkipVerification: true, ...options }).onError(() => {});
      server = createServer(toNodeMiddleware(receiver)).listen(0, '127.0.0.1');
      await once(server, 'listening');
      return `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    };

    it('the peer address is the one checked: 127.0.0.1 allowed or not', async () => {
      const url = await listen({ allowSourceIps: ['127.0.0.1'] });
      expect((await fetch(url, { method: 'POST', body: body() })).status).toBe(200);
      server.close();
      const refusing = await listen({ allowSourceIps: [NEXCONN_SINGAPORE] });
      const response = await fetch(refusing, { method: 'POST', body: body(), headers: { 'x-forwarded-for': NEXCONN_SINGAPORE } });
      expect(response.status).toBe(403);
    });

    it('behind one trusted proxy the forwarded address counts, and a forged extra entry does not', async () => {
      const url = await listen({ allowSourceIps: [NEXCONN_SINGAPORE], trustProxy: 1 });
      expect((await fetch(url, { method: 'POST', body: body(), headers: { 'x-forwarded-for': NEXCONN_SINGAPORE } })).status).toBe(200);
      expect(
        (await fetch(url, { method: 'POST', body: body(), headers: { 'x-forwarded-for': `${NEXCONN_SINGAPORE}, 198.51.100.9` } })).status,
      ).toBe(403);
    });
  });
});

describe('for a vendor that signs nothing, the allowlist is the authentication', () => {
  it('Nexconn with allowSourceIps alone: no secret, verify or unsafe flag needed; Sendbird still needs its secret', async () => {
    const receiver = createReceiver({ vendor: 'nexconn', allowSourceIps: 'vendor' }).onError(() => {});
    expect((await receiver.handle({ body: body(), headers: {}, remoteAddress: NEXCONN_SINGAPORE })).status).toBe(200);
    expect((await receiver.handle({ body: body(), headers: {}, remoteAddress: '198.51.100.9' })).status).toBe(403);
    expect(() => createReceiver({ vendor: 'nexconn' })).toThrow(/allowSourceIps` alone will do/);
    expect(() => createReceiver({ vendor: 'sendbird', allowSourceIps: ['127.0.0.1'] })).toThrow(/choose exactly one way/);
  });
});
