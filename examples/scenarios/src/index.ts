import type { Server } from 'node:http';
import { mock } from '@chat-webhooks/mocks';
import { sign, signatureHeader } from '@chat-webhooks/verify';
import { describe, expect, it } from 'vitest';
import { serveExample } from './serve-example.js';

export { chatWebhooks } from './chat-webhooks.js';
export { endpointCheck } from './endpoint-check.js';
export { serveExample, type ServedExample } from './serve-example.js';

/** What an example app must expose to be tested: a server (not yet listening) and what its handlers saw. */
export interface ExampleApp {
  server: Server;
  /** One line per handled event, e.g. `member_added channel_123`. */
  seen: string[];
}

type SignedVendor = 'sendbird' | 'talkplus';

/** A representative event per vendor, the line its handler is expected to log, and an event the schemas lack. */
const EVENTS = {
  talkplus: {
    payload: () => mock('talkplus', 'member_added', undefined, { seed: 'example' }),
    line: (payload: ReturnType<typeof mock<'talkplus', 'member_added'>>) => `member_added ${payload.channel.id}`,
    other: () => mock('talkplus', 'message', undefined, { seed: 1 }),
    unknown: { event: 'channel_frozen', appId: 'app', channel: { id: 'room' } },
  },
  sendbird: {
    payload: () => mock('sendbird', 'open_channel:message_send', undefined, { seed: 'example' }),
    line: (payload: ReturnType<typeof mock<'sendbird', 'open_channel:message_send'>>) =>
      `open_channel:message_send ${payload.channel.channel_url}`,
    other: () => mock('sendbird', 'open_channel:create', undefined, { seed: 1 }),
    unknown: { category: 'group_channel:archive', app_id: 'APP', channel: { channel_url: 'x' } },
  },
} as const;

/**
 * Starts the example on 127.0.0.1 (a random port) and sends it signed deliveries through real HTTP: valid,
 * retried, badly signed, malformed, oversized and of an unknown event, checking the answers and the handlers.
 */
export function deliveryScenarios(name: string, vendor: SignedVendor, secret: string, start: () => ExampleApp | Promise<ExampleApp>): void {
  describe(`${name} example (${vendor}) over real HTTP`, () => {
    const served = serveExample(vendor, start);

    const post = (body: string | Uint8Array, signature?: string) =>
      fetch(served.url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...(signature === undefined ? {} : { [signatureHeader(vendor)!]: signature }) },
      });
    const settled = () => new Promise((resolve) => setTimeout(resolve, 50));
    const event = EVENTS[vendor];

    it('a valid delivery: 200, and the handler sees the event', async () => {
      const payload = event.payload();
      const body = JSON.stringify(payload);
      const response = await post(body, sign(vendor, body, secret));
      expect(response.status).toBe(200);
      await settled();
      expect(served.app.seen).toEqual([event.line(payload as never)]);
    });

    it('the same delivery retried twice: 200 each time, the handler runs once', async () => {
      const payload = event.payload();
      const body = JSON.stringify(payload);
      const statuses = [(await post(body, sign(vendor, body, secret))).status, (await post(body, sign(vendor, body, secret))).status];
      await settled();
      expect(statuses).toEqual([200, 200]);
      expect(served.app.seen).toEqual([event.line(payload as never)]);
    });

    it('a bad signature: 401, nothing handled', async () => {
      const body = JSON.stringify(event.other());
      expect((await post(body, sign(vendor, body, 'not-the-secret'))).status).toBe(401);
      expect((await post(body)).status).toBe(401);
      await settled();
      expect(served.app.seen).toHaveLength(1);
    });

    it('malformed JSON, correctly signed: 400 with the reason', async () => {
      const body = '{"event": "member_added",';
      const response = await post(body, sign(vendor, body, secret));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, errors: [{ keyword: 'json' }] });
    });

    it('an oversized body: 413', async () => {
      const body = JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) });
      expect((await post(body, sign(vendor, body, secret))).status).toBe(413);
    });

    it('an event the schemas do not know: acknowledged with 2xx, no event handler runs', async () => {
      const body = JSON.stringify(event.unknown);
      const response = await post(body, sign(vendor, body, secret));
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(300);
      await settled();
      expect(served.app.seen.filter((line) => !line.startsWith('unknown '))).toHaveLength(1);
      expect(served.app.seen.at(-1)).toMatch(/^unknown /);
    });
  });
}
