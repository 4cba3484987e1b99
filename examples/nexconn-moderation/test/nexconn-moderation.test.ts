import type { AddressInfo } from 'node:net';
import { mock } from '@chat-webhooks/mocks';
import type { ReceiverError } from '@chat-webhooks/receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ModerationAppOptions } from '../src/app.js';

/** The first address Nexconn publishes for its webhooks (schemas/nexconn/vendor.json). */
const NEXCONN_ADDRESS = '52.221.93.74';

interface Running {
  url: string;
  seen: string[];
  errors: ReceiverError[];
}

const servers: { close: (done: () => void) => void }[] = [];
/** Starts the example on 127.0.0.1 (a random port); every server is closed after the file. */
async function start(options: ModerationAppOptions = {}): Promise<Running> {
  const errors: ReceiverError[] = [];
  const { server, seen } = createApp({ onError: (error) => void errors.push(error), ...options });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/nexconn`, seen, errors };
}
afterAll(() => Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))));

/** A group-channel message awaiting a decision: a mock delivery whose one item is a text message saying `text`. */
function pending(text: string, seed: string) {
  const base = mock('nexconn', 'group_channel:pre_messaging', undefined, { seed });
  return mock(
    'nexconn',
    'group_channel:pre_messaging',
    { data: [{ ...base.data[0]!, messageType: 'RC:TxtMsg', content: JSON.stringify({ content: text }) }] },
    { seed },
  );
}
const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
    headers: { 'content-type': 'application/json', ...headers },
  });
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('Nexconn pre-messaging moderation over real HTTP (allowSourceIps: 127.0.0.1)', () => {
  let app: Running;
  beforeAll(async () => {
    app = await start({ allowSourceIps: ['127.0.0.1'] });
  });

  it('a clean message: 200 {"pass":1}, the message goes through', async () => {
    const delivery = pending('See you at 10:30 in room 1204', 'clean');
    const response = await post(app.url, delivery);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).toBe('{"pass":1}');
    expect(app.seen).toContain(`group_channel:pre_messaging ${delivery.id} pass=1`);
  });

  it('a phone number: 200 {"pass":0} with the reason in extra, shown to the sender', async () => {
    const response = await post(app.url, pending('text me on +82 10-1234-5678', 'phone'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ pass: 0, extra: 'phone numbers are not allowed' });
  });

  it('a blocklisted word: blocked, whatever the case', async () => {
    const response = await post(app.url, pending('Big CASINO night, everyone in', 'word'));
    expect(await response.json()).toEqual({ pass: 0, extra: 'blocked word: casino' });
  });

  it('a message without readable text (no content, not JSON, an image): goes through', async () => {
    const base = mock('nexconn', 'group_channel:pre_messaging', undefined, { seed: 'image' });
    for (const [index, item] of [
      { messageType: 'RC:TxtMsg', content: 'not json 010-1234-5678' },
      { messageType: 'RC:ImgMsg', content: '{"content":"01012345678"}' },
    ].entries()) {
      const delivery = mock(
        'nexconn',
        'group_channel:pre_messaging',
        { id: `${base.id}${index}`, data: [{ ...base.data[0]!, ...item }] },
        { seed: 'image' },
      );
      expect(await (await post(app.url, delivery)).json()).toEqual({ pass: 1 });
    }
  });

  it('a batch with one bad message among clean ones: the delivery is blocked', async () => {
    const clean = pending('hello', 'batch').data[0]!;
    const delivery = mock(
      'nexconn',
      'group_channel:pre_messaging',
      { data: [clean, { ...clean, content: JSON.stringify({ content: 'free crypto for all' }) }] },
      { seed: 'batch' },
    );
    expect(await (await post(app.url, delivery)).json()).toEqual({ pass: 0, extra: 'blocked word: free crypto' });
  });

  it('message:send deliveries are acknowledged and logged', async () => {
    const sent = mock('nexconn', 'message:send', undefined, { seed: 'sent' });
    const response = await post(app.url, sent);
    expect(response.status).toBe(200);
    await settled();
    const [message] = sent.data;
    expect(app.seen).toContain(
      `message:send ${message!.messageId} ${message!.messageType} from ${message!.userId} in ${message!.channelId}`,
    );
  });

  it('an event the schemas do not know: acknowledged with 2xx, reported as unknown', async () => {
    const response = await post(app.url, {
      type: 'group_channel:archived',
      id: '1700000000000000001',
      time: Date.now(),
      data: [{ channelId: 'room' }],
    });
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
    await settled();
    expect(app.seen.at(-1)).toBe('unknown group_channel:archived');
  });

  it('no errors were reported along the way', () => {
    expect(app.errors).toEqual([]);
  });
});

describe('deadline and retries', () => {
  it('a moderation call slower than decisionTimeoutMs: the default decision {"pass":1}, answered at the deadline', async () => {
    const app = await start({
      allowSourceIps: ['127.0.0.1'],
      decisionTimeoutMs: 100,
      moderate: () => new Promise((resolve) => setTimeout(() => resolve('too late'), 600)),
    });
    const began = performance.now();
    const response = await post(app.url, pending('an ordinary message', 'slow'));
    const took = performance.now() - began;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"pass":1}');
    expect(took).toBeGreaterThanOrEqual(90);
    expect(took).toBeLessThan(500);
    expect(app.errors.map((error) => error.kind)).toEqual(['handlerTimeout']);
  });

  it('the same delivery retried: the same decision, and the moderation runs once', async () => {
    // A moderation service that would change its mind: only the first call blocks.
    let calls = 0;
    const app = await start({ allowSourceIps: ['127.0.0.1'], moderate: () => (calls++ === 0 ? 'held for review' : undefined) });
    const delivery = pending('an ordinary message', 'retried');
    const first = await (await post(app.url, delivery)).json();
    // Nexconn retries after its own timeout; a retry may also overlap the first attempt.
    const retries = await Promise.all(
      [post(app.url, delivery), post(app.url, delivery), post(app.url, JSON.stringify(delivery))].map(async (answer) =>
        (await answer).json(),
      ),
    );
    expect(first).toEqual({ pass: 0, extra: 'held for review' });
    expect(retries).toEqual([first, first, first]);
    expect(calls).toBe(1);
    // Another delivery is asked afresh (and this service now lets it through).
    expect(await (await post(app.url, pending('an ordinary message', 'another'))).json()).toEqual({ pass: 1 });
    expect(calls).toBe(2);
  });
});

describe('authentication by source address', () => {
  it('a request from an address outside the allowlist: 403, no handler runs', async () => {
    const app = await start({ allowSourceIps: ['203.0.113.7', '198.51.100.0/24'] });
    const response = await post(app.url, pending('text me on 010-1234-5678', 'refused'));
    expect(response.status).toBe(403);
    // X-Forwarded-For is not believed unless trustProxy says so.
    expect((await post(app.url, pending('hello', 'forged'), { 'x-forwarded-for': '203.0.113.7' })).status).toBe(403);
    await settled();
    expect(app.seen).toEqual([]);
    expect(app.errors.map((error) => error.kind)).toEqual(['source', 'source']);
  });

  it("by default only Nexconn's published addresses are accepted: 127.0.0.1 is refused", async () => {
    const app = await start();
    expect((await post(app.url, pending('hello', 'default'))).status).toBe(403);
  });

  it('behind one trusted proxy (trustProxy: 1) the forwarded Nexconn address is accepted', async () => {
    const app = await start({ trustProxy: 1 });
    const response = await post(app.url, pending('hello', 'proxied'), { 'x-forwarded-for': NEXCONN_ADDRESS });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ pass: 1 });
    expect(
      (await post(app.url, pending('hello', 'proxied-forged'), { 'x-forwarded-for': `${NEXCONN_ADDRESS}, 198.51.100.9` })).status,
    ).toBe(403);
  });
});
