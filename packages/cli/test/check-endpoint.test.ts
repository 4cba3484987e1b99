import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/endpoint/report-html.js';
import { receiverServer, stopAll, type Running } from './fixtures/endpoint/servers.js';
import { runCli } from './run-cli.js';

const SECRET = 'check-endpoint-test-secret';
const saved = process.env.CHAT_WEBHOOKS_SECRET;
const dir = mkdtempSync(join(tmpdir(), 'cli-check-endpoint-'));
beforeEach(() => {
  process.env.CHAT_WEBHOOKS_SECRET = SECRET;
});
afterEach(async () => {
  if (saved === undefined) delete process.env.CHAT_WEBHOOKS_SECRET;
  else process.env.CHAT_WEBHOOKS_SECRET = saved;
  await stopAll();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The report card's lines that failed, as `id: detail`. */
const failures = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('FAIL '));
/** check-endpoint on a TalkPlus endpoint, counting what its handlers ran, with a short burst. */
const checkCounting = (server: Running) =>
  runCli(['check-endpoint', 'talkplus', '--url', server.url, '--processed-url', server.processedUrl, '--burst', '5']);

describe('check-endpoint on a well-behaved endpoint (@chat-webhooks/receiver)', () => {
  it("an endpoint whose work lands after its answers: an earlier check's delivery is not counted as the next one's", async () => {
    // Counted 150 ms after each handler ran: the unknown event's would land inside the duplicate check's window.
    const server = await receiverServer('talkplus', { secret: SECRET }, { countDelayMs: 150 });
    const result = await checkCounting(server);
    expect(failures(result.stdout)).toEqual([]);
    expect(result.stdout).toMatch(/^PASS duplicate +.*; processed once$/m);
    expect(result.code).toBe(0);
  });

  it('TalkPlus: every check passes, exit 0, and the report card is written as Markdown', async () => {
    const server = await receiverServer('talkplus', { secret: SECRET });
    const report = join(dir, 'card.md');
    const result = await runCli([
      'check-endpoint',
      'talkplus',
      '--url',
      server.url,
      '--processed-url',
      server.processedUrl,
      '--report',
      report,
    ]);
    expect(failures(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
    for (const id of [
      'signed',
      'unsigned',
      'wrong-secret',
      'truncated-body',
      'reserialised',
      'unknown-event',
      'duplicate',
      'timing',
      'huge-body',
    ]) {
      expect(result.stdout).toMatch(new RegExp(`^PASS ${id} `, 'm'));
    }
    expect(result.stdout).toMatch(/^SKIP decision +.*TalkPlus has no synchronous events$/m);
    expect(result.stdout).toMatch(/refused with 401 in \d+ ms; not processed/);
    expect(result.stdout).toMatch(/processed once/);
    expect(result.stdout).toMatch(/p50 \d+ ms, p99 \d+ ms over 20 deliveries \(4 at a time\) against a 5000 ms timeout/);
    expect(result.stdout).toContain('ready: 9 passed, 0 failed, 1 skipped');
    const markdown = readFileSync(report, 'utf8');
    expect(markdown).toMatch(/^# TalkPlus endpoint check: ready/);
    expect(markdown).toContain('| a huge body is refused with 413 (`huge-body`) | pass | a 4194304-byte body: 413 in');
  });

  it('Sendbird, --json: the card for machines; the duplicate is seen in the answer without --processed-url', async () => {
    const server = await receiverServer('sendbird', { secret: SECRET });
    const result = await runCli(['check-endpoint', 'sendbird', '--url', server.url, '--json', '--burst', '5']);
    expect(result.code).toBe(0);
    const card = JSON.parse(result.stdout);
    expect(card).toMatchObject({ vendor: 'sendbird', passed: true, rule: 'Sendbird waits 5000 ms, up to 3 send(s)' });
    expect(card.results.find((check: { id: string }) => check.id === 'duplicate')).toMatchObject({
      status: 'pass',
      detail: expect.stringContaining('the second answer reports the duplicate'),
    });
  });

  it('Nexconn: a decision within the deadline; signature checks skipped, and the HTML report escapes what the endpoint said', async () => {
    const server = await receiverServer(
      'nexconn',
      { unsafeSkipVerification: true },
      { decide: () => ({ pass: 0, extra: '<img src=x onerror=alert(1)>' }) },
    );
    const report = join(dir, 'card.html');
    const result = await runCli(['check-endpoint', 'nexconn', '--url', server.url, '--burst', '5', '--report', report]);
    expect(failures(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^PASS decision +.*\w+_channel:pre_messaging: \{"pass":0,.* in \d+ ms \(deadline 5000 ms\)$/m);
    expect(result.stdout).toMatch(/^SKIP unsigned +.*Nexconn documents no signature scheme/m);
    const html = readFileSync(report, 'utf8');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('check-endpoint on deliberately bad endpoints: one FAIL line per failed check, exit 1', () => {
  it('an endpoint that skips verification', async () => {
    const server = await receiverServer('talkplus', { unsafeSkipVerification: true });
    const result = await checkCounting(server);
    expect(result.code).toBe(1);
    expect(failures(result.stdout)).toEqual([
      expect.stringMatching(
        /^FAIL unsigned +an unsigned delivery is refused: accepted with 200: it looks processed; processed \(the count went up by 1\)$/,
      ),
      expect.stringMatching(/^FAIL wrong-secret +.*accepted with 200/),
      expect.stringMatching(/^FAIL truncated-body +.*accepted with 200/),
      expect.stringMatching(/^FAIL reserialised +.*accepted with 200/),
    ]);
    expect(result.stdout).toContain('not ready: 5 passed, 4 failed, 1 skipped');
  });

  it('an endpoint that answers too slowly (a 200 ms timeout given by flag, answers after 600 ms)', async () => {
    // The vendor waits 5 s; scaled down here so the test does not wait seconds: what counts is later than the timeout.
    const server = await receiverServer('sendbird', { secret: SECRET }, { delayMs: 600 });
    const result = await runCli([
      'check-endpoint',
      'sendbird',
      '--url',
      server.url,
      '--timeout-ms',
      '200',
      '--burst',
      '4',
      '--skip',
      'huge-body',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^FAIL timing +.*p99 200 ms over 4 deliveries .* against a 200 ms timeout; 4 got no answer in time: the vendor would send them again: answer at once, work afterwards$/m,
    );
    expect(result.stdout).toMatch(/^FAIL signed +.*no answer within 200 ms$/m);
    expect(result.stdout).toContain('overridden by flags: timeout 200 ms');
  });

  it('an endpoint that processes the same delivery twice, counted through --processed-url', async () => {
    const server = await receiverServer('talkplus', { secret: SECRET, dedupe: false });
    const result = await checkCounting(server);
    expect(result.code).toBe(1);
    expect(failures(result.stdout)).toEqual([
      expect.stringMatching(/^FAIL duplicate +.*: 200 in \d+ ms, then 200 in \d+ ms; processed 2 times \(the count went up by 2\)$/),
    ]);
  });

  it('the same endpoint without --processed-url: the answers do not report the duplicate, so it fails and says how to count', async () => {
    const server = await receiverServer('talkplus', { secret: SECRET, dedupe: false });
    const result = await runCli(['check-endpoint', 'talkplus', '--url', server.url, '--burst', '5']);
    expect(failures(result.stdout)).toEqual([
      expect.stringMatching(
        /^FAIL duplicate +.*the second answer does not report a duplicate, so it looks processed twice \(pass --processed-url to count, or --skip duplicate\)$/,
      ),
    ]);
    const skipped = await runCli(['check-endpoint', 'talkplus', '--url', server.url, '--burst', '5', '--skip', 'duplicate']);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toMatch(/^SKIP duplicate +.*skipped \(--skip\)$/m);
  });

  it('an endpoint whose body limit is too high: the huge body is accepted', async () => {
    const server = await receiverServer('talkplus', { secret: SECRET, maxBodyBytes: 8 * 1024 * 1024 });
    const result = await runCli(['check-endpoint', 'talkplus', '--url', server.url, '--burst', '5', '--huge-bytes', '2097152']);
    expect(failures(result.stdout)).toEqual([
      expect.stringMatching(/^FAIL huge-body +.*a 2097152-byte body was accepted \(200\): cap the body size/),
    ]);
  });

  it('an endpoint nobody listens on: a runtime error, exit 1', async () => {
    const server = await receiverServer('talkplus', { secret: SECRET });
    const url = server.url;
    await stopAll();
    const result = await runCli(['check-endpoint', 'talkplus', '--url', url]);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining(`cannot reach ${url}: ECONNREFUSED`) });
  });
});

describe('check-endpoint: bounded, and mistakes in the call', () => {
  it.each([
    [['--burst', 'NaN'], '--burst must be a whole number from 1 to 500, got "NaN"'],
    [['--burst=-1'], '--burst must be a whole number from 1 to 500, got "-1"'],
    [['--burst', '100000'], '--burst must be a whole number from 1 to 500'],
    [['--concurrency', '0'], '--concurrency must be a whole number from 1 to 32'],
    [['--huge-bytes', '1e9'], '--huge-bytes must be a whole number'],
    [['--timeout-ms', ''], '--timeout-ms must be a whole number'],
    [['--settle-ms=-0'], '--settle-ms must be a whole number'],
    [['--skip', 'speed'], '--skip speed: no such check; the checks: signed, unsigned'],
    [['--report', 'card.txt'], '--report card.txt: name a .md or .html file'],
    [['--processed-url', 'http://10.0.0.1/count'], '--processed-url 10.0.0.1 is not on this machine'],
  ])('%j: a usage error, nothing sent', async (flags, message) => {
    const result = await runCli(['check-endpoint', 'talkplus', '--url', 'http://127.0.0.1:9/', ...flags]);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(message) });
  });

  it('the target must be loopback unless --allow-remote; the secret comes from the environment', async () => {
    expect(await runCli(['check-endpoint', 'sendbird', '--url', 'http://192.168.1.10:3000/'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('pass --allow-remote'),
    });
    expect(await runCli(['check-endpoint', 'sendbird', '--url', 'ftp://127.0.0.1/'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('must be an http or https URL'),
    });
    delete process.env.CHAT_WEBHOOKS_SECRET;
    expect(await runCli(['check-endpoint', 'sendbird', '--url', 'http://[::1]:9/'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('set CHAT_WEBHOOKS_SECRET'),
    });
  });

  it('escapeHtml leaves nothing that opens a tag, an entity or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});
