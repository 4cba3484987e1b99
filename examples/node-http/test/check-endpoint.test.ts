import { sequence } from '@chat-webhooks/mocks';
import { chatWebhooks, endpointCheck, serveExample } from '@chat-webhooks/example-scenarios';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

const TOKEN = 'sendbird-example-master-token';

describe('node:http example against the chat-webhooks command', () => {
  const served = serveExample('sendbird', () => createApp(TOKEN));

  it('trigger sends a Sendbird life sequence: every delivery verifies, validates and is answered 200 on the first send', async () => {
    const { code, stdout, stderr } = await chatWebhooks(['trigger', 'sendbird', 'sequence', '--url', served.url, '--json'], TOKEN);
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
      ['trigger', 'sendbird', 'sequence', '--url', served.url, '--json', '--messages', '1'],
      'not-the-token',
    );
    expect(code).toBe(1);
    for (const line of stdout.trim().split('\n')) expect(JSON.parse(line)).toMatchObject({ ok: false, attempts: [{ status: 401 }] });
  });
});

endpointCheck('node:http', 'sendbird', TOKEN, () => createApp(TOKEN), { summary: 'ready: 9 passed, 0 failed, 1 skipped' });
