import type { AddressInfo } from 'node:net';
import { sequence } from '@chat-webhooks/mocks';
import { chatWebhooks } from '@chat-webhooks/example-scenarios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

const TOKEN = 'sendbird-example-master-token';

describe('node:http example against the chat-webhooks command', () => {
  const app = createApp(TOKEN);
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/webhooks/sendbird`;
  });
  afterAll(() => new Promise<void>((resolve) => app.server.close(() => resolve())));

  it('trigger sends a Sendbird life sequence: every delivery verifies, validates and is answered 200 on the first send', async () => {
    const { code, stdout, stderr } = await chatWebhooks(['trigger', 'sendbird', 'sequence', '--url', url, '--json'], TOKEN);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const deliveries = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(deliveries.map((delivery) => delivery.event)).toEqual(sequence('sendbird', { seed: 20240101 }).map((event) => event.category));
    // 401 would mean the signature did not verify, `{"ok":true,"invalid":true}` that the body broke the schema.
    for (const delivery of deliveries) expect(delivery).toMatchObject({ ok: true, signed: true, attempts: [{ status: 200 }] });
  });

  it('the same sequence signed with another token: every delivery refused with 401', async () => {
    const { code, stdout } = await chatWebhooks(
      ['trigger', 'sendbird', 'sequence', '--url', url, '--json', '--messages', '1'],
      'not-the-token',
    );
    expect(code).toBe(1);
    for (const line of stdout.trim().split('\n')) expect(JSON.parse(line)).toMatchObject({ ok: false, attempts: [{ status: 401 }] });
  });

  it('check-endpoint passes every check', async () => {
    const { code, stdout } = await chatWebhooks(['check-endpoint', 'sendbird', '--url', url], TOKEN);
    expect(stdout.split('\n').filter((line) => line.startsWith('FAIL'))).toEqual([]);
    expect(stdout).toContain('ready: 9 passed, 0 failed, 1 skipped');
    expect(code).toBe(0);
  });
});
