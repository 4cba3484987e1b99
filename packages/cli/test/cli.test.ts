import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mock } from '@chat-webhooks/mocks';
import { getExamples } from '@chat-webhooks/schemas';
import { parseWebhook } from '@chat-webhooks/validators';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const memberAdded = getExamples('talkplus', 'member_added')[0]!.body;

describe('chat-webhooks', () => {
  it('prints help with every command, and help for each command', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['events', 'validate', 'capture', 'drift', 'mock', 'codegen', 'docs']) {
      expect(help.stdout).toContain(`  ${command}`);
      const own = await runCli([command, '--help']);
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^Usage: chat-webhooks ${command}`));
    }
  });

  it('explains an unknown command, vendor or event, with exit code 2', async () => {
    expect(await runCli(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
    expect(await runCli(['events', 'slack'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown vendor "slack"; choose one of'),
    });
    expect(await runCli(['mock', 'talkplus', 'member_joined'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('talkplus has no event "member_joined"; its events: channel_added'),
    });
    expect((await runCli(['mock', 'talkplus'])).stderr).toContain('Run `chat-webhooks mock --help` for usage.');
  });
});

describe('events', () => {
  it('lists vendors and their events with a one-line description', async () => {
    const { code, stdout } = await runCli(['events']);
    expect(code).toBe(0);
    expect(stdout).toContain('TalkPlus (talkplus, discriminator "event")');
    expect(stdout).toMatch(/ {2}member_added +Users were added to a channel\./);
    expect(stdout).toContain('open_channel:operation');
    expect((await runCli(['events', 'nexconn'])).stdout).not.toContain('member_added');
  });

  it('uses colour only on a terminal', async () => {
    expect((await runCli(['events'])).stdout).not.toContain('\u001b[');
    expect((await runCli(['events'], {}, true)).stdout).toContain('\u001b[1m');
  });
});

describe('validate', () => {
  it('accepts a valid payload file with exit code 0', async () => {
    const result = await runCli(['validate', 'talkplus', 'one.json'], { 'one.json': memberAdded });
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('1 payload(s): 1 valid, all valid') });
  });

  it('reads JSON Lines from stdin and reports each invalid line with its path, exit code 1', async () => {
    const broken = JSON.stringify({ ...JSON.parse(memberAdded), users: 'nobody' });
    const { code, stdout } = await runCli(['validate', 'talkplus', '-'], {
      '-': `${JSON.stringify(JSON.parse(memberAdded))}\n${broken}\n{oops\n`,
    });
    expect(code).toBe(1);
    expect(stdout).toContain('invalid -:2 (member_added)');
    expect(stdout).toContain('/users must be an array, got the string "nobody" [type]');
    expect(stdout).toContain('invalid -:3');
    expect(stdout).toContain('3 payload(s): 1 valid, 2 invalid');
  });

  it('--strict prints the drift report: unknown properties counted across files', async () => {
    const drifted = (seed: number) => {
      const payload = mock('talkplus', 'member_added', undefined, { seed }) as Record<string, any>;
      payload.webhookVersion = 2;
      for (const member of payload.channel.members) member.isOnline = true;
      return JSON.stringify(payload);
    };
    const files = { 'a.jsonl': `${drifted(1)}\n${drifted(2)}\n`, 'b.json': drifted(3) };
    const { code, stdout } = await runCli(['validate', 'talkplus', 'a.jsonl', 'b.json', '--strict'], files);
    expect(code).toBe(1);
    expect(stdout).toMatch(/ {4}3 {2}member_added {2}\/webhookVersion/);
    expect(stdout).toContain('member_added  /channel/members/*/isOnline');
    const lenient = await runCli(['validate', 'talkplus', 'a.jsonl', 'b.json'], files);
    expect(lenient.code).toBe(0);
  });

  it('--json prints one document for machines', async () => {
    const { stdout } = await runCli(['validate', 'talkplus', 'one.json', '--json', '--strict'], { 'one.json': memberAdded });
    expect(JSON.parse(stdout)).toMatchObject({
      vendor: 'talkplus',
      summary: { payloads: 1, valid: 1, invalid: 0 },
      drift: [],
      results: [{ file: 'one.json', ok: true, name: 'member_added' }],
    });
  });

  it('reports a file that cannot be read as a runtime error (exit 1), not a usage mistake', async () => {
    expect(await runCli(['validate', 'talkplus', 'missing.json'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('cannot read missing.json'),
    });
  });
});

describe('mock', () => {
  it('prints one valid payload, the same for the same seed', async () => {
    const first = await runCli(['mock', 'sendbird', 'open_channel:create', '--seed', '5']);
    expect(first.code).toBe(0);
    expect(parseWebhook('sendbird', first.stdout, { strict: true }).ok).toBe(true);
    expect((await runCli(['mock', 'sendbird', 'open_channel:create', '--seed', '5'])).stdout).toBe(first.stdout);
  });

  it('prints --count payloads as JSON Lines, and applies --set overrides', async () => {
    const { code, stdout } = await runCli([
      'mock',
      'talkplus',
      'member_added',
      '--count',
      '3',
      '--set',
      'channel.id=room-1',
      '--set',
      'channel.memberCount=3',
    ]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines.every((payload) => payload.channel.id === 'room-1' && payload.channel.memberCount === 3)).toBe(true);
    expect(new Set(lines.map((payload) => JSON.stringify(payload))).size).toBe(3);
  });

  it('refuses a --set that breaks the schema, with the validator error', async () => {
    const result = await runCli(['mock', 'talkplus', 'member_added', '--set', 'channel.memberCount=many']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/channel/memberCount must be an integer, got the string "many"');
  });
});

describe('docs', () => {
  it('writes the site', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cli-docs-'));
    try {
      const result = await runCli(['docs', '--out', out]);
      expect(result.code).toBe(0);
      expect(existsSync(join(out, 'index.html'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the installed bin', () => {
  it('runs as a process and exits with the command status', () => {
    const bin = join(import.meta.dirname, '..', 'bin', 'chat-webhooks.js');
    expect(execFileSync(process.execPath, [bin, 'events', 'nexconn'], { encoding: 'utf8' })).toContain('group_channel:operation');
  });
});
