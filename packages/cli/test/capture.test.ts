import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mock } from '@chat-webhooks/mocks';
import { sign } from '@chat-webhooks/verify';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const bin = join(import.meta.dirname, '..', 'bin', 'chat-webhooks.js');
const SECRET = 'capture-test-secret';
let dir: string;
let child: ChildProcessWithoutNullStreams | undefined;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Starts `chat-webhooks capture` as a real process on a free port; resolves its URL once it listens. */
async function startCapture(args: string[], env: Record<string, string> = {}) {
  dir = mkdtempSync(join(tmpdir(), 'cli-capture-'));
  const out = join(dir, 'captured.jsonl');
  const process_ = spawn(process.execPath, [bin, 'capture', ...args, '--out', out], { env: { ...process.env, NO_COLOR: '1', ...env } });
  child = process_;
  let stdout = '';
  process_.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  const url = await new Promise<string>((resolve, reject) => {
    process_.stdout.on('data', () => {
      const found = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (found) resolve(found[1]!);
    });
    process_.once('exit', (code) => reject(new Error(`capture exited with ${code} before listening: ${stdout}`)));
  });
  const stop = async () => {
    const exited = new Promise<number | null>((resolve) => process_.once('exit', (code) => resolve(code)));
    process_.kill('SIGINT');
    return { code: await exited, stdout };
  };
  return { url, out, stop, output: () => stdout };
}

const records = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe('capture', () => {
  it('answers a signed delivery as the receiver does and records it; refuses an unsigned one and does not record it', async () => {
    const capture = await startCapture(['talkplus', '--port', '0'], { CHAT_WEBHOOKS_SECRET: SECRET });
    const body = JSON.stringify(mock('talkplus', 'member_added', undefined, { seed: 3 }));
    const signed = await fetch(capture.url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-talkplus-signature': await sign('talkplus', body, SECRET) },
    });
    expect(signed.status).toBe(200);
    expect(await signed.json()).toEqual({ ok: true });
    const unsigned = await fetch(capture.url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(unsigned.status).toBe(401);
    const forged = await fetch(capture.url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-talkplus-signature': await sign('talkplus', body, 'not-the-secret') },
    });
    expect(forged.status).toBe(401);

    const [record, ...others] = records(capture.out);
    expect(others).toEqual([]);
    expect(record).toMatchObject({
      chatWebhooksCapture: 1,
      vendor: 'talkplus',
      event: 'member_added',
      verdict: 'valid',
      answer: { status: 200 },
      body,
    });
    expect(record.headers['x-talkplus-signature']).toBe('[redacted]');
    expect(record.headers['content-type']).toBe('application/json');
    expect(new Date(record.receivedAt).toString()).not.toBe('Invalid Date');

    const { code, stdout } = await capture.stop();
    expect(code).toBe(0);
    expect(stdout).toMatch(/member_added {2}valid/);
    expect(stdout).toContain('refused 401');
    expect(stdout).toContain('talkplus capture: 1 recorded: 1 valid, 0 drift, 0 invalid, 0 unknown event; 2 refused');
    // The file is what validate reads.
    const validated = await runCli(['validate', 'captured.jsonl'], { 'captured.jsonl': readFileSync(capture.out) });
    expect(validated).toMatchObject({ code: 0, stdout: expect.stringContaining('1 payload(s): 1 valid, all valid') });
  });

  it('marks drift live and in the record: valid, but with properties the schemas lack', async () => {
    const capture = await startCapture(['talkplus'], { CHAT_WEBHOOKS_SECRET: SECRET });
    const body = JSON.stringify({ ...(mock('talkplus', 'member_added', undefined, { seed: 4 }) as object), webhookVersion: 2 });
    const answer = await fetch(capture.url, {
      method: 'POST',
      body,
      headers: { 'x-talkplus-signature': await sign('talkplus', body, SECRET) },
    });
    expect(answer.status).toBe(200);
    expect(records(capture.out)[0]).toMatchObject({ verdict: 'drift', event: 'member_added' });
    expect((await capture.stop()).stdout).toMatch(/member_added {2}drift/);
  });

  it('answers a Nexconn pre-messaging delivery from an allowed source with the default decision', async () => {
    const capture = await startCapture(['nexconn', '--allow-source', '127.0.0.1']);
    const body = JSON.stringify(mock('nexconn', 'group_channel:pre_messaging', undefined, { seed: 1 }));
    const answer = await fetch(capture.url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ pass: 1 });
    expect(records(capture.out)[0]).toMatchObject({ event: 'group_channel:pre_messaging', answer: { status: 200, body: '{"pass":1}' } });
    expect((await capture.stop()).code).toBe(0);
  });

  it('refuses to start without a way to authenticate, and never takes the secret as an argument', async () => {
    delete process.env.CHAT_WEBHOOKS_SECRET;
    expect(await runCli(['capture', 'talkplus', '--out', 'x.jsonl'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('set CHAT_WEBHOOKS_SECRET'),
    });
    expect(await runCli(['capture', 'nexconn', '--out', 'x.jsonl'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('nexconn signs nothing: pass --allow-source vendor'),
    });
    expect(await runCli(['capture', 'talkplus', 'secret-value', '--out', 'x.jsonl'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('never an argument'),
    });
    expect(await runCli(['capture', 'nexconn', '--out', 'x.jsonl', '--allow-source', '10.0.0.0/99'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not an IPv4 or IPv6 address or CIDR block'),
    });
  });
});
