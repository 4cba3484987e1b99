import { parseArgs } from 'node:util';
import { parseWebhook, type ValidationError } from '@chat-webhooks/validators';
import type { Command } from '../command.js';
import { style } from '../style.js';
import { UsageError } from '../usage-error.js';
import { vendorArg } from '../vendor-arg.js';

interface PayloadResult {
  file: string;
  /** 1-based line for JSON Lines files; absent for a one-payload file. */
  line?: number;
  ok: boolean;
  name?: string;
  errors: ValidationError[];
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'validate payload files or stdin; --strict reports schema drift',
  help: `Usage: chat-webhooks validate <vendor> <file...|-> [--strict] [--json]

Validates webhook payloads. A file holds one JSON payload, or JSON Lines (one captured delivery per line);
"-" reads standard input. Exit code 0 only when every payload is valid.

Options:
  --strict   also reject properties the schemas do not know, and print the drift report: which
             properties real deliveries carry that the schemas lack, counted across all files
  --json     print one JSON document (results, summary, drift) for machines

Examples:
  chat-webhooks validate talkplus captured/*.jsonl --strict
  cat delivery.json | chat-webhooks validate sendbird -`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { strict: { type: 'boolean' }, json: { type: 'boolean' } } });
    const vendor = vendorArg(positionals[0], 'validate');
    const files = positionals.slice(1);
    if (files.length === 0) throw new UsageError('name at least one file, or "-" for standard input', 'validate');
    const results: PayloadResult[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = await io.read(file);
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as Error).message}`, 'validate');
      }
      for (const { body, line } of payloadsIn(text)) {
        // Every error: the drift report counts each unknown property, however many a payload has.
        const result = parseWebhook(vendor, body, { strict: values.strict ?? false, maxErrors: Number.POSITIVE_INFINITY });
        results.push({ file, ...(line === undefined ? {} : { line }), ok: result.ok, ...(result.name === undefined ? {} : { name: result.name }), errors: result.ok ? [] : result.errors });
      }
    }
    const summary = { payloads: results.length, valid: results.filter((result) => result.ok).length, invalid: results.filter((result) => !result.ok).length };
    const drift = values.strict ? driftReport(results) : [];
    if (values.json) io.out(`${JSON.stringify({ vendor, summary, drift, results }, null, 2)}\n`);
    else printReadable(io, results, summary, drift, values.strict ?? false);
    return summary.invalid === 0 && summary.payloads > 0 ? 0 : 1;
  },
};

/**
 * One payload per file, or one per non-empty line when the file is JSON Lines: several lines, not one JSON
 * document, and a first line that is a JSON document by itself (a pretty-printed file's first line is "{").
 */
function payloadsIn(text: string): { body: string; line?: number }[] {
  const nonEmpty = text
    .split('\n')
    .map((body, index) => ({ body, line: index + 1 }))
    .filter(({ body }) => body.trim() !== '');
  if (nonEmpty.length > 1 && !isSingleJson(text) && isSingleJson(nonEmpty[0]!.body)) return nonEmpty;
  return [{ body: text.trim() }];
}

function isSingleJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

interface DriftRow {
  event: string;
  /** JSON pointer with array indices as `*`. */
  property: string;
  count: number;
}

/** Unknown properties across all payloads, by event and path (array indices folded), most frequent first. */
function driftReport(results: PayloadResult[]): DriftRow[] {
  const counts = new Map<string, DriftRow>();
  for (const result of results) {
    for (const error of result.errors.filter((candidate) => candidate.keyword === 'additionalProperties')) {
      const property = error.path.replace(/\/\d+(?=\/|$)/g, '/*');
      const key = `${result.name ?? '?'} ${property}`;
      const row = counts.get(key) ?? { event: result.name ?? '?', property, count: 0 };
      row.count++;
      counts.set(key, row);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.property.localeCompare(b.property));
}

function printReadable(io: Parameters<Command['run']>[1], results: PayloadResult[], summary: { payloads: number; valid: number; invalid: number }, drift: DriftRow[], strict: boolean): void {
  const { red, green, dim, bold } = style(io);
  for (const result of results.filter((candidate) => !candidate.ok)) {
    const where = result.line === undefined ? result.file : `${result.file}:${result.line}`;
    io.out(`${red('invalid')} ${where}${result.name ? dim(` (${result.name})`) : ''}\n`);
    for (const error of result.errors) io.out(`  ${error.message} ${dim(`[${error.keyword}]`)}\n`);
  }
  if (strict && drift.length > 0) {
    io.out(`\n${bold('Drift: properties the deliveries carry that the schemas lack')}\n`);
    for (const row of drift) io.out(`  ${String(row.count).padStart(5)}  ${row.event}  ${row.property}\n`);
  }
  const verdict = summary.invalid === 0 ? green('all valid') : red(`${summary.invalid} invalid`);
  io.out(`\n${summary.payloads} payload(s): ${summary.valid} valid, ${verdict}\n`);
}
