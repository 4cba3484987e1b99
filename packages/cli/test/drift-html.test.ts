import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mock } from '@chat-webhooks/mocks';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_EXAMPLES, MAX_EXAMPLE_CHARS } from '../src/drift/analyse.js';
import { escapeHtml, html, raw } from '../src/drift/html/escape.js';
import { MAX_DIFF_LINE_CHARS, MAX_DIFF_LINES } from '../src/drift/html/report.js';
import { runCli } from './run-cli.js';

const repo = join(import.meta.dirname, '..', '..', '..');
const schemas = join(repo, 'schemas'); // read only: the report never writes schemas
const dir = mkdtempSync(join(tmpdir(), 'cli-drift-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOSTILE = '</pre><script>alert("x")</script> & "quoted" \'single\'';
const HOSTILE_KEY = '<img src=x onerror=alert(1)>';

describe('the escape function', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['double quotes (attribute values)', 'a "b"', 'a &quot;b&quot;'],
    ['an ampersand, even one that starts an entity', 'Tom & Jerry &amp;', 'Tom &amp; Jerry &amp;amp;'],
    ['single quotes', "it's", 'it&#39;s'],
    ['plain text, unchanged', 'member_added 42', 'member_added 42'],
  ])('%s', (_name, text, escaped) => expect(escapeHtml(text)).toBe(escaped));

  it('html escapes every interpolated value, lists included, and trusts only its own results', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['<a>', 1]}${undefined}${false}</p>`.text).toBe(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;a&gt;1</p>',
    );
    expect(html`${raw('<style>')}`.text).toBe('<style>');
  });
});

/** Capture records as `chatWebhooksCapture` writes them, one a second from 2026-01-01T00:00:00Z. */
function captureFile(payloads: unknown[]): string {
  return payloads
    .map((payload, index) =>
      JSON.stringify({
        chatWebhooksCapture: 1,
        receivedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index + 1)).toISOString(),
        vendor: 'talkplus',
        verdict: 'drift',
        answer: { status: 200, body: '{}' },
        headers: {},
        body: JSON.stringify(payload),
      }),
    )
    .join('\n');
}

describe('drift --html', () => {
  it('writes one self-contained page: per event the counts, each finding with its first deliveries and its own diff, all text escaped', async () => {
    const deliveries = [1, 2, 3].map((seed) => {
      const payload = mock('talkplus', 'member_added', undefined, { seed }) as any;
      payload.channel.tier = { level: seed, name: HOSTILE }; // a new object, its value hostile
      payload[HOSTILE_KEY] = HOSTILE; // a new property whose very name is markup
      payload.channel.createdAt = 1_700_000_000 + seed; // seconds where the schema says milliseconds
      return payload;
    });
    const valid = mock('talkplus', 'message', undefined, { seed: 4 });
    const report = join(dir, 'report.html');
    const result = await runCli(['drift', 'talkplus', 'capture.jsonl', '--html', report, '--schemas', schemas], {
      'capture.jsonl': captureFile([...deliveries, valid]),
    });
    expect(result.code).toBe(1); // drift left unapplied, as without --html
    expect(result.stderr).toContain(`wrote the report to ${report}`);
    const page = readFileSync(report, 'utf8');

    // Escaped everywhere: payload values, a property name, the diff of the schema edit that carries them.
    expect(page).not.toMatch(/<script|<img|<\/pre><script/i);
    expect(page).toContain('&lt;/pre&gt;&lt;script&gt;alert(');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&amp; ');
    expect(page).toContain('&quot;quoted');
    // Self-contained: styles inline, nothing fetched, nothing run.
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toMatch(/<style>[\s\S]*prefers-color-scheme: dark[\s\S]*<\/style>/);
    expect(page).not.toMatch(/<(?:link|iframe|object|embed)\b|@import|url\(|<[a-z][^>]*\son[a-z]+=/i);

    // Per event: the counts, as the validators judge each delivery.
    expect(page).toMatch(/<a href="#event-0">member_added<\/a><\/td><td>3<\/td><td class="none">0<\/td><td class="drift">3<\/td>/);
    expect(page).toMatch(/<a href="#event-1">message<\/a><\/td><td>1<\/td><td class="valid">1<\/td>/);
    expect(page).toContain('The schemas fit these deliveries.'); // the message section
    // Each finding: its first-seen deliveries (index, file and line, time received) and its own diff beside it.
    expect(page).toContain(
      'delivery #1 · capture.jsonl:1 · received 2026-01-01T00:00:01.000Z · member_added, at <code>/channel/tier</code>',
    );
    expect(page).toMatch(/<span class="add">\+ {4}&quot;tier&quot;: \{<\/span>/);
    expect(page).toContain('timestamp unit');
    expect(page).toContain('as seconds: 2023-11-14T22:13:21.000Z');
    expect(page).toMatch(/<span class="del">- {6}&quot;description&quot;: &quot;When the channel was created, in Unix milliseconds/);
  });

  it('stays bounded on a large capture, read as a stream: examples capped per finding, values and diffs cut', async () => {
    const base = mock('talkplus', 'member_added', undefined, { seed: 1 }) as any;
    const long = 'x'.repeat(5000);
    const wide = Object.fromEntries(Array.from({ length: 80 }, (_, index) => [`k${index}`, index]));
    // Over 1 MiB, so runCli hands it over in 64 KiB chunks.
    const payloads = Array.from({ length: 300 }, () => ({ ...base, note: long, wide }));
    const report = join(dir, 'large.html');
    const result = await runCli(['drift', 'talkplus', 'capture.jsonl', '--html', report, '--schemas', schemas], {
      'capture.jsonl': captureFile(payloads),
    });
    expect(result.stdout).toContain('300 talkplus deliveries of 1 event(s): 2 finding(s)');
    const page = readFileSync(report, 'utf8');
    expect(page).toContain('300 deliveries read from capture.jsonl');
    expect(page.match(/<li>delivery #/g)).toHaveLength(2 * MAX_EXAMPLES);
    expect(page).toContain(`&quot;${'x'.repeat(MAX_EXAMPLE_CHARS - 2)}…`); // the example, cut
    expect(page).not.toContain('x'.repeat(MAX_DIFF_LINE_CHARS)); // nor does the diff carry the whole string
    const diff = page.match(/<pre class="diff">(.*?)<\/pre>/g)!.find((block) => block.includes('&quot;wide&quot;'))!;
    expect(diff.match(/<span class="(?:add|del|ctx|hunk)">/g)).toHaveLength(MAX_DIFF_LINES + 1);
    expect(diff).toMatch(/… \d+ more lines: see --propose/);
  });

  it('says what is wrong with --html without a name, or a report it cannot write', async () => {
    const capture = { 'capture.jsonl': JSON.stringify(mock('talkplus', 'message', undefined, { seed: 1 })) };
    expect(await runCli(['drift', 'talkplus', 'capture.jsonl', '--html', '', '--schemas', schemas], capture)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--html needs a file name'),
    });
    expect(
      await runCli(['drift', 'talkplus', 'capture.jsonl', '--html', join(dir, 'missing', 'r.html'), '--schemas', schemas], capture),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^chat-webhooks drift: cannot write the report to .*missing\/r\.html: ENOENT/),
    });
  });
});
