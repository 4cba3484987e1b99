import { mock, sequence } from '@chat-webhooks/mocks';
import { verifySignature } from '@chat-webhooks/verify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { receiverServer, recordingServer, stopAll } from './fixtures/endpoint/servers.js';
import { runCli } from './run-cli.js';

const SECRET = 'trigger-test-secret';
const saved = process.env.CHAT_WEBHOOKS_SECRET;
beforeEach(() => {
  process.env.CHAT_WEBHOOKS_SECRET = SECRET;
});
afterEach(async () => {
  if (saved === undefined) delete process.env.CHAT_WEBHOOKS_SECRET;
  else process.env.CHAT_WEBHOOKS_SECRET = saved;
  await stopAll();
});

describe('trigger: the request the vendor would make', () => {
  it('Sendbird: its headers, x-signature too, "/" written as "\\/", signed over those exact bytes', async () => {
    const server = await recordingServer();
    const result = await runCli(['trigger', 'sendbird', 'open_channel:create', '--seed', '7', '--url', server.url]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/open_channel:create {2}200 in \d+ ms/);
    const [request] = server.seen;
    expect(request!.headers).toMatchObject({ 'user-agent': 'SendBird', 'content-type': 'application/json', 'unicode-escaped': 'true' });
    expect(request!.headers['x-signature']).toBe(request!.headers['x-sendbird-signature']);
    const text = request!.body.toString('utf8');
    expect(text).toContain('\\/');
    expect(text).not.toMatch(/[^\\]\//);
    expect(JSON.parse(text)).toEqual(mock('sendbird', 'open_channel:create', undefined, { seed: 7 }));
    expect(
      verifySignature('sendbird', { body: request!.body, signature: request!.headers['x-sendbird-signature'], secret: SECRET }),
    ).toEqual({ ok: true });
    // Re-serialised, the same JSON no longer verifies: the escaping is in the signed bytes.
    expect(
      verifySignature('sendbird', {
        body: JSON.stringify(JSON.parse(text)),
        signature: request!.headers['x-sendbird-signature'],
        secret: SECRET,
      }).ok,
    ).toBe(false);
  });

  it('TalkPlus: its user agent and base64 signature', async () => {
    const server = await recordingServer();
    expect((await runCli(['trigger', 'talkplus', 'member_added', '--url', server.url])).code).toBe(0);
    const [request] = server.seen;
    expect(request!.headers['user-agent']).toBe('TalkPlus');
    expect(
      verifySignature('talkplus', { body: request!.body, signature: request!.headers['x-talkplus-signature'], secret: SECRET }),
    ).toEqual({ ok: true });
  });

  it('Nexconn: sent unsigned, and the command says so', async () => {
    const server = await recordingServer();
    const result = await runCli(['trigger', 'nexconn', 'message:send', '--url', server.url]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Nexconn documents no signature scheme: deliveries are sent unsigned');
    expect(Object.keys(server.seen[0]!.headers).filter((name) => name.includes('signature'))).toEqual([]);
  });

  it('a whole life sequence, in order, each accepted by a verifying receiver', async () => {
    const server = await receiverServer('talkplus', { secret: SECRET });
    const result = await runCli(['trigger', 'talkplus', 'sequence', '--url', server.url, '--json']);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.event)).toEqual(sequence('talkplus', { seed: 20240101 }).map((event) => event.event));
    expect(lines.every((line) => line.ok && line.signed && line.attempts.length === 1 && line.attempts[0].status === 200)).toBe(true);
  });

  it('captured deliveries: each body byte for byte, signed again (capture redacts the signature)', async () => {
    const server = await receiverServer('talkplus', { secret: SECRET });
    const bodies = [
      JSON.stringify(mock('talkplus', 'message', undefined, { seed: 1 })),
      JSON.stringify(mock('talkplus', 'member_left', undefined, { seed: 2 }), null, 1).replaceAll('\n', ''),
    ];
    const records = bodies.map((body) =>
      JSON.stringify({
        chatWebhooksCapture: 1,
        receivedAt: '2026-01-01T00:00:00.000Z',
        vendor: 'talkplus',
        event: 'x',
        verdict: 'valid',
        answer: { status: 200, body: '{}' },
        headers: { 'x-talkplus-signature': '[redacted]' },
        body,
      }),
    );
    const recorder = await recordingServer();
    const file = { 'captured.jsonl': `${records.join('\n')}\n` };
    expect((await runCli(['trigger', 'talkplus', 'captured.jsonl', '--url', recorder.url], file)).code).toBe(0);
    expect(recorder.seen.map((request) => request.body.toString('utf8'))).toEqual(bodies);
    const verified = await runCli(['trigger', 'talkplus', 'captured.jsonl', '--url', server.url], file);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('(captured.jsonl:2)');
    await vi.waitFor(() => expect(server.processed()).toBe(2));
  });

  it('refuses a capture from another vendor, before sending anything', async () => {
    const server = await recordingServer();
    const record = JSON.stringify({ chatWebhooksCapture: 1, vendor: 'sendbird', body: '{}' });
    const result = await runCli(['trigger', 'talkplus', 'x.jsonl', '--url', server.url], { 'x.jsonl': `${record}\n` });
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('x.jsonl:1 was captured from sendbird, not talkplus') });
    expect(server.seen).toEqual([]);
  });
});

// The vendors' rules wait 5 s; these tests scale the timeout (and TalkPlus's retry delay) down with the flags, so
// that no test waits seconds of real time. The number of sends stays the vendor's, from vendor.json.
describe('trigger: the vendor timeout and retry rule, counted server-side', () => {
  it('Sendbird: an endpoint that never answers in time gets the same POST 3 times, then trigger gives up', async () => {
    const server = await recordingServer(() => ({ status: 200, delayMs: 400 }));
    const result = await runCli(['trigger', 'sendbird', 'group_channel:join', '--url', server.url, '--timeout-ms', '50']);
    expect(result.code).toBe(1);
    expect(server.seen).toHaveLength(3);
    expect(new Set(server.seen.map((request) => request.body.toString('hex'))).size).toBe(1);
    expect(result.stdout).toContain(
      'no answer within 50 ms -> retry 2/3: no answer within 50 ms -> retry 3/3: no answer within 50 ms gave up after 3 send(s)',
    );
    expect(result.stdout).toContain('1 delivery: 1 not answered 2xx');
  });

  it('Sendbird: a slow first answer, then a quick one: delivered on the second send', async () => {
    const server = await recordingServer((index) => ({ status: 200, delayMs: index === 0 ? 400 : 0 }));
    const result = await runCli(['trigger', 'sendbird', 'group_channel:join', '--url', server.url, '--timeout-ms', '50', '--json']);
    expect(result.code).toBe(0);
    expect(server.seen).toHaveLength(2);
    expect(JSON.parse(result.stdout).attempts).toEqual([
      { timeout: true, ms: 50 },
      { status: 200, ms: expect.any(Number) },
    ]);
  });

  it('TalkPlus: one retry, the retry delay after the first send', async () => {
    const server = await recordingServer(() => ({ status: 200, delayMs: 400 }));
    const result = await runCli(['trigger', 'talkplus', 'message', '--url', server.url, '--timeout-ms', '50', '--retry-delay-ms', '150']);
    expect(result.code).toBe(1);
    expect(server.seen).toHaveLength(2);
    // A lower bound (never an upper one): without the delay the retry would follow the 50 ms timeout at once.
    expect(server.seen[1]!.at - server.seen[0]!.at).toBeGreaterThanOrEqual(100);
  });

  it('an error status is an answer: not sent again', async () => {
    const server = await recordingServer(() => ({ status: 500 }));
    const result = await runCli(['trigger', 'sendbird', 'group_channel:join', '--url', server.url]);
    expect(result.code).toBe(1);
    expect(server.seen).toHaveLength(1);
    expect(result.stdout).toMatch(/group_channel:join {2}500 in \d+ ms/);
  });

  it('the rule line says where the rule comes from, and what the flags changed', async () => {
    const server = await recordingServer();
    const talkplus = await runCli(['trigger', 'talkplus', 'message', '--url', server.url]);
    expect(talkplus.stdout).toContain(
      'TalkPlus documents no timeout: 5000 ms assumed (its retry comes 5000 ms after a send), up to 2 send(s), 5000 ms apart',
    );
    const sendbird = await runCli(['trigger', 'sendbird', 'group_channel:join', '--url', server.url, '--attempts', '1']);
    expect(sendbird.stdout).toContain('Sendbird waits 5000 ms, up to 3 send(s); overridden by flags: 1 send(s)');
  });
});

describe('trigger: mistakes in the call', () => {
  it.each([
    [['--timeout-ms', 'NaN'], '--timeout-ms must be a whole number from 1 to 60000, got "NaN"'],
    [['--timeout-ms=-5'], '--timeout-ms must be a whole number from 1 to 60000, got "-5"'],
    [['--attempts', '0'], '--attempts must be a whole number from 1 to 5, got "0"'],
    [['--retry-delay-ms', '1.5'], '--retry-delay-ms must be a whole number'],
    [['--max-deliveries', '99999'], '--max-deliveries must be a whole number from 1 to 10000'],
  ])('%j: a usage error', async (flags, message) => {
    const result = await runCli(['trigger', 'talkplus', 'message', '--url', 'http://127.0.0.1:9/', ...flags]);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(message) });
  });

  it('a URL off this machine needs --allow-remote', async () => {
    const result = await runCli(['trigger', 'talkplus', 'message', '--url', 'https://example.com/hook']);
    expect(result).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('example.com is not on this machine (127.0.0.1, ::1, localhost); pass --allow-remote'),
    });
  });

  it('the secret comes from CHAT_WEBHOOKS_SECRET only', async () => {
    delete process.env.CHAT_WEBHOOKS_SECRET;
    expect(await runCli(['trigger', 'talkplus', 'message', '--url', 'http://127.0.0.1:9/'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('set CHAT_WEBHOOKS_SECRET to the secret your endpoint verifies with'),
    });
    expect(await runCli(['trigger', 'talkplus', 'message', 'my-secret', '--url', 'http://127.0.0.1:9/'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('never an argument'),
    });
    expect((await runCli(['trigger', 'talkplus', 'message', '--secret', 'x', '--url', 'http://127.0.0.1:9/'])).code).toBe(2);
  });

  it("an unknown event lists the vendor's events; nothing to send is a usage error", async () => {
    expect(await runCli(['trigger', 'talkplus', 'member_joined', '--url', 'http://127.0.0.1:9/'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('talkplus has no event "member_joined"'),
    });
    expect(await runCli(['trigger', 'talkplus', '--url', 'http://127.0.0.1:9/'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('name what to send'),
    });
  });
});
