import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Vendor } from '@chat-webhooks/schemas';
import type { Command } from '../command.js';
import { DriftAnalysis } from '../drift/analyse.js';
import { findSchemasDir, readVendorTree } from '../drift/checkout.js';
import { renderReport } from '../drift/html/report.js';
import { findingDiff, propose, REVIEW } from '../drift/propose.js';
import { Tally } from '../drift/tally.js';
import { unifiedDiff } from '../drift/unified-diff.js';
import { verdictOf } from '../drift/verdict.js';
import { style } from '../style.js';
import { UsageError } from '../usage-error.js';
import { vendorArg } from '../vendor-arg.js';
import { eachPayload } from './validate.js';

export const driftCommand: Command = {
  name: 'drift',
  summary: 'turn captured deliveries into schema edits (--propose: a diff; --write: applied)',
  help: `Usage: chat-webhooks drift <vendor> <file...|-> [--propose] [--write] [--html <report.html>] [--schemas <dir>]

Run in a checkout of chat-webhooks. Reads deliveries (capture files, JSON Lines or one payload per file,
streamed) and compares them with the schemas as written in schemas/<vendor>/, following $ref into common/.
It finds what makes the strict validators refuse them, and the edit that would not:

  a property the schema lacks       added, optional: the types seen, an example value, and a description
                                    starting "${REVIEW}" for you to finish
  a required property omitted       made optional, with a note in its description
  a type the schema refuses         widened: "type": ["string", "null"], or a nullable oneOf around a $ref
  an enum value the schema lacks    added (x-enum-names / x-enum-descriptions too, to finish)
  a timestamp in another unit       a note in its description (never a type change): an integer point in time
                                    (named *_at, *At, time, ts ... or described as Unix time) whose description
                                    says one unit while values are sized for another: seconds 10^9..10^11,
                                    milliseconds 10^12..10^14, microseconds 10^15..10^17

An edit lands in the file that declares the node: a property missing from a shared definition is added in
common/. Findings no such edit fixes (a const that differs ...) are listed as needing a hand edit.
Afterwards run \`npm run check:schemas\` and \`npm run generate\`, finish the ${REVIEW} notes, and add a changeset.

Options:
  --propose        print the edits as a unified diff against schemas/ (git apply takes it)
  --write          apply the edits to the files
  --html FILE      also write a report to look at: one self-contained page (no scripts, works offline), per
                   event the counts (valid / drift / invalid), each finding with the first deliveries that
                   showed it and its own proposed change beside it
  --schemas DIR    the schemas/ folder (default: found from the current directory upwards)

Exit code 0 when the schemas already fit the deliveries, or --write applied the edits; 1 when there is drift
left (as diff does), or an input cannot be read.

Examples:
  chat-webhooks drift talkplus captured.jsonl
  chat-webhooks drift talkplus captured.jsonl --propose > drift.patch
  chat-webhooks drift talkplus captured.jsonl --write && npm run check:schemas
  chat-webhooks drift talkplus captured.jsonl --html drift-report.html`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { propose: { type: 'boolean' }, write: { type: 'boolean' }, html: { type: 'string' }, schemas: { type: 'string' } },
    });
    const vendor: Vendor = vendorArg(positionals[0], 'drift');
    const files = positionals.slice(1);
    if (files.length === 0) throw new UsageError('name at least one capture file, or "-" for standard input', 'drift');
    const root = values.schemas ?? findSchemasDir(process.cwd(), vendor);
    if (root === undefined)
      throw new UsageError(
        `no schemas/${vendor}/vendor.json here or in a parent folder: run in a checkout of chat-webhooks, or pass --schemas <dir>`,
        'drift',
      );
    let tree: ReturnType<typeof readVendorTree>;
    try {
      tree = readVendorTree(root, vendor);
    } catch (error) {
      throw new UsageError(`cannot read the schemas in ${root}: ${(error as Error).message}`, 'drift');
    }
    if (values.html === '') throw new UsageError('--html needs a file name (report.html)', 'drift');
    const analysis = new DriftAnalysis(tree);
    // Verdicts cost a validation each: counted only for the report, which shows them.
    const tally = values.html === undefined ? undefined : new Tally();
    const skipped = { notJson: 0, otherEvent: 0 };
    let total = 0;
    for await (const payload of eachPayload(io, files)) {
      total++;
      let parsed: unknown;
      try {
        parsed = JSON.parse(
          typeof payload.body === 'string' ? payload.body : new TextDecoder('utf-8', { fatal: true }).decode(payload.body),
        );
      } catch {
        skipped.notJson++; // malformed bodies are validate's business: no schema edit describes them
        continue;
      }
      const origin = {
        delivery: total,
        file: payload.file,
        ...(payload.line === undefined ? {} : { line: payload.line }),
        ...(payload.receivedAt === undefined ? {} : { receivedAt: payload.receivedAt }),
      };
      const event = payload.vendor !== undefined && payload.vendor !== vendor ? undefined : analysis.add(parsed, origin);
      if (event === undefined) skipped.otherEvent++;
      else tally?.add(event, verdictOf(vendor, payload.body).verdict, payload.receivedAt);
    }

    const { bold, dim, green, yellow } = style(io);
    const proposal = propose(analysis);
    const deliveries = [...analysis.deliveries.values()].reduce((sum, count) => sum + count, 0);
    const report = (write: (text: string) => void) => {
      for (const line of proposal.lines)
        write(`${line.applied ? yellow('drift') : bold('manual')} ${line.event}  schemas/${line.file}#${line.pointer}\n  ${line.text}\n`);
      const notes = [
        skipped.notJson > 0 ? `${skipped.notJson} not JSON` : '',
        skipped.otherEvent > 0 ? `${skipped.otherEvent} of another vendor or an event without a schema` : '',
      ].filter(Boolean);
      write(
        `${deliveries} ${vendor} deliveries of ${analysis.deliveries.size} event(s)${notes.length > 0 ? dim(` (skipped: ${notes.join(', ')})`) : ''}: ${proposal.lines.length === 0 ? green('the schemas fit them') : `${proposal.lines.length} finding(s), ${proposal.changes.length} file(s) to edit`}\n`,
      );
    };
    if (values.propose) {
      // The diff alone on standard output, so that it can be piped to a file or `git apply`; the findings go to stderr.
      for (const change of proposal.changes) io.out(unifiedDiff(`schemas/${change.file}`, change.before, change.after));
      report(io.err);
    } else report(io.out);
    if (values.html !== undefined && tally !== undefined) {
      const items = proposal.lines.map(({ finding, text, applied }) => ({ finding, text, applied, diff: findingDiff(analysis, finding) }));
      const page = renderReport({
        vendor,
        inputs: files,
        total,
        skipped,
        events: tally.events,
        ...(tally.received ? { received: tally.received } : {}),
        items,
      });
      try {
        writeFileSync(values.html, page);
      } catch (error) {
        throw new Error(`cannot write the report to ${values.html}: ${(error as Error).message}`);
      }
      io.err(
        `wrote the report to ${values.html} (${proposal.lines.length} finding(s), ${Math.ceil(Buffer.byteLength(page) / 1024)} KiB)\n`,
      );
    }
    if (values.write) {
      for (const change of proposal.changes) writeFileSync(join(root, change.file), change.after);
      io.err(
        `wrote ${proposal.changes.length} file(s); now run \`npm run check:schemas\`, finish the ${REVIEW} notes and add a changeset\n`,
      );
      return proposal.lines.some((line) => !line.applied) ? 1 : 0;
    }
    return proposal.lines.length === 0 ? 0 : 1;
  },
};
