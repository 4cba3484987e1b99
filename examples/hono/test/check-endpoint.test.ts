import type { AddressInfo } from 'node:net';
import { chatWebhooks } from '@chat-webhooks/example-scenarios';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createNodeServer } from '../src/app.js';

const SECRET = 'hono-example-key';
const app = createNodeServer(SECRET);
let url: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/webhooks/talkplus`;
});
afterAll(() => new Promise<void>((resolve) => app.server.close(() => resolve())));

it('Hono example: chat-webhooks check-endpoint passes every check', async () => {
  const { code, stdout } = await chatWebhooks(['check-endpoint', 'talkplus', '--url', url], SECRET);
  expect(stdout.split('\n').filter((line) => line.startsWith('FAIL'))).toEqual([]);
  expect(stdout).toContain('ready: 9 passed, 0 failed, 1 skipped');
  expect(code).toBe(0);
});
