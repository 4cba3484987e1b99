import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { CHECK_IDS, checkContext, runChecks } from '../endpoint/checks/index.js';
import { integerFlag } from '../endpoint/options.js';
import { processedProbe } from '../endpoint/processed-probe.js';
import { passed, type ReportCard } from '../endpoint/report-card.js';
import { htmlReport } from '../endpoint/report-html.js';
import { markdownReport } from '../endpoint/report-markdown.js';
import { resultLine, verdictLine } from '../endpoint/report-terminal.js';
import { deliveryRule, type RuleOverrides } from '../endpoint/rule.js';
import { SECRET_VARIABLE, signingSecret, unsignedNote } from '../endpoint/secret.js';
import { targetUrl } from '../endpoint/target.js';
import { style } from '../style.js';
import { UsageError } from '../usage-error.js';
import { vendorArg } from '../vendor-arg.js';

const NAME = 'check-endpoint';

export const checkEndpointCommand: Command = {
  name: NAME,
  summary: 'grade your endpoint the way the vendor will treat it: signatures, timeouts, duplicates, limits',
  help: `Usage: chat-webhooks check-endpoint <vendor> --url URL [options]

A report card for your webhook endpoint before it goes live. Each check sends realistic deliveries as the vendor
does (see \`chat-webhooks trigger\`) and grades the answers:

  signed          a signed delivery is accepted (2xx)
  unsigned, wrong-secret, truncated-body, reserialised
                  deliveries without a valid signature over the raw bytes are refused (4xx) and, with
                  --processed-url, not processed (Nexconn signs nothing: skipped)
  unknown-event   an event added after this release is acknowledged, not refused
  duplicate       the same delivery twice: both acknowledged, handled once (the answer says so, as
                  @chat-webhooks/receiver's does, or --processed-url counts it)
  decision        Nexconn pre-messaging: a decision within the deadline
  timing          p50/p99 answer time over a bounded burst, against the vendor's timeout
  huge-body       a body far over any real delivery gets 413

Exit code 0 only when every check that applies passes; 1 otherwise, 2 for a mistake in the call. The secret
comes from ${SECRET_VARIABLE} (never an argument).

Options:
  --url URL             the endpoint; must be on this machine unless --allow-remote
  --allow-remote        allow a URL that is not 127.0.0.1, ::1 or localhost (your own endpoint only)
  --processed-url URL   a GET on your app answering how many deliveries it processed (a JSON number or
                        { "processed": n }): refused and duplicate deliveries are then counted, not guessed
  --settle-ms MS        wait for handlers that run after the answer before reading the count (default 250, at most 10000)
  --burst N             deliveries in the timing burst (default 20, 1 to 500)
  --concurrency N       of them at once (default 4, 1 to 32)
  --huge-bytes N        size of the huge body (default 4194304, 1024 to 67108864)
  --timeout-ms MS       grade against this timeout instead of the vendor's (1 to 60000)
  --skip ID             leave a check out (repeatable); it shows as skipped
  --report FILE         also write the report card: FILE.md for Markdown, FILE.html for HTML
  --json                the report card as JSON

Examples:
  CHAT_WEBHOOKS_SECRET=... chat-webhooks check-endpoint sendbird --url http://127.0.0.1:3000/webhooks/sendbird
  CHAT_WEBHOOKS_SECRET=... chat-webhooks check-endpoint talkplus --url http://localhost:8787/ --report card.html`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        'allow-remote': { type: 'boolean' },
        'processed-url': { type: 'string' },
        'settle-ms': { type: 'string' },
        burst: { type: 'string' },
        concurrency: { type: 'string' },
        'huge-bytes': { type: 'string' },
        'timeout-ms': { type: 'string' },
        skip: { type: 'string', multiple: true },
        report: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const vendor = vendorArg(positionals[0], NAME);
    if (positionals.length > 1)
      throw new UsageError(`unexpected argument "${positionals[1]}"; the secret comes from ${SECRET_VARIABLE}, never an argument`, NAME);
    const allowRemote = values['allow-remote'] ?? false;
    const url = targetUrl(values.url, allowRemote, NAME);
    const probeUrl =
      values['processed-url'] === undefined ? undefined : targetUrl(values['processed-url'], allowRemote, NAME, 'processed-url');
    const limits = {
      settleMs: integerFlag(values['settle-ms'], 'settle-ms', { min: 0, max: 10_000, fallback: 250 }, NAME),
      burst: integerFlag(values.burst, 'burst', { min: 1, max: 500, fallback: 20 }, NAME),
      concurrency: integerFlag(values.concurrency, 'concurrency', { min: 1, max: 32, fallback: 4 }, NAME),
      hugeBytes: integerFlag(values['huge-bytes'], 'huge-bytes', { min: 1024, max: 64 * 1024 * 1024, fallback: 4 * 1024 * 1024 }, NAME),
    };
    const overrides: RuleOverrides =
      values['timeout-ms'] === undefined
        ? {}
        : { timeoutMs: integerFlag(values['timeout-ms'], 'timeout-ms', { min: 1, max: 60_000, fallback: 0 }, NAME) };
    const skipped = values.skip ?? [];
    for (const id of skipped)
      if (!CHECK_IDS.includes(id)) throw new UsageError(`--skip ${id}: no such check; the checks: ${CHECK_IDS.join(', ')}`, NAME);
    const report = values.report;
    if (report !== undefined && !/\.(md|markdown|html?)$/i.test(report))
      throw new UsageError(`--report ${report}: name a .md or .html file`, NAME);
    const secret = signingSecret(vendor, NAME);

    const context = checkContext(vendor, url, secret, overrides, limits, probeUrl && processedProbe(probeUrl));
    const rule = deliveryRule(vendor, undefined, overrides).summary;
    const { bold, dim } = style(io);
    if (!values.json) {
      io.out(`${bold(`Checking ${url.href} as ${context.facts.name}`)}\n${dim(rule)}\n`);
      if (secret === undefined) io.out(`${dim(unsignedNote(vendor))}\n`);
    }
    const results = await runChecks(context, skipped, (result) => {
      if (!values.json) io.out(`${resultLine(io, result)}\n`);
    });
    const card: ReportCard = { vendor, vendorName: context.facts.name, url: url.href, rule, results };
    if (values.json) io.out(`${JSON.stringify({ ...card, passed: passed(card) }, null, 2)}\n`);
    else io.out(`${verdictLine(io, card)}\n`);
    if (report !== undefined) {
      try {
        await writeFile(report, /\.html?$/i.test(report) ? htmlReport(card) : markdownReport(card));
      } catch (error) {
        throw new Error(`cannot write ${report}: ${(error as Error).message}`);
      }
      if (!values.json) io.out(`${dim(`report written to ${report}`)}\n`);
    }
    return passed(card) ? 0 : 1;
  },
};
