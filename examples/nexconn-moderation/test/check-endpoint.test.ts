import type { AddressInfo } from 'node:net';
import { chatWebhooks } from '@chat-webhooks/example-scenarios';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

// Nexconn signs nothing: the app authenticates by source address, here this machine's.
const app = createApp({ allowSourceIps: ['127.0.0.1'], onError: () => {} });
let url: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/webhooks/nexconn`;
});
afterAll(() => new Promise<void>((resolve) => app.server.close(() => resolve())));

it('Nexconn moderation example: chat-webhooks check-endpoint passes, with a pre-messaging decision in time', async () => {
  const { code, stdout, stderr } = await chatWebhooks(['check-endpoint', 'nexconn', '--url', url]);
  expect(stderr).toBe('');
  expect(stdout.split('\n').filter((line) => line.startsWith('FAIL'))).toEqual([]);
  expect(stdout).toMatch(/^PASS decision +.*\w+_channel:pre_messaging: \{"pass":\d.*\} in \d+ ms \(deadline 5000 ms\)$/m);
  expect(stdout).toContain('Nexconn documents no signature scheme: deliveries are sent unsigned');
  expect(stdout).toContain('ready: 6 passed, 0 failed, 4 skipped');
  expect(code).toBe(0);
});
