import type { AddressInfo } from 'node:net';
import { mock } from '@chat-webhooks/mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeServer } from '../src/app.js';

describe('Hono example: POST /events/talkplus validated by sValidator with webhookSchema, over real HTTP', () => {
  const { server, seen } = createNodeServer('unused-here');
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events/talkplus`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: unknown) =>
    fetch(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

  it('a valid event reaches the handler, typed and narrowed', async () => {
    const event = mock('talkplus', 'member_added', {}, { seed: 1 });
    const response = await post({ ...event, addedLater: 'vendors add fields' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 'member_added' });
    expect(seen).toContain(`relayed member_added ${event.users.length} user(s)`);
  });

  it('an invalid event is a 400 with Standard Schema issues (message and path), and the handler never runs', async () => {
    const event = mock('talkplus', 'member_added', {}, { seed: 2 }) as unknown as Record<string, any>;
    const before = seen.length;
    const response = await post({ ...event, channel: { ...event.channel, memberCount: 'one' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { success: boolean; error: { message: string; path: (string | number)[] }[] };
    expect(body.success).toBe(false);
    expect(body.error).toEqual([
      { message: expect.stringContaining('/channel/memberCount must be an integer'), path: ['channel', 'memberCount'] },
    ]);
    expect(seen.length).toBe(before);
  });

  it('an unknown event is a 400 naming the discriminator', async () => {
    const response = await post({ event: 'member_teleported' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: [{ path: ['event'], message: expect.stringContaining('talkplus has no event "member_teleported"') }],
    });
  });
});
