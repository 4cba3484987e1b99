import { parseArgs } from 'node:util';
import type { Vendor } from '@chat-webhooks/schemas';
import { parseWebhook, type ValidationError } from '@chat-webhooks/validators';
import type { Command } from '../command.js';
import { detectVendor } from '../input/detect-vendor.js';
import { MAX_LINE_BYTES, payloadsOf, type Payload } from '../input/payloads.js';
import type { Io } from '../io.js';
import { progressBar } from '../progress.js';
import { style } from '../style.js';
import { UsageError } from '../usage-error.js';
import { VENDOR_IDS } from '../vendor-arg.js';

export interface PayloadResult {
  file: string;
  /** 1-based line for JSON Lines files; absent for a one-payload file. */
  line?: number;
  /** The vendor named on the command line, recorded by capture, or detected from the payload. */
  vendor?: Vendor;
  ok: boolean;
  name?: string;
  errors: ValidationError[];
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'validate payload files, captures or stdin; --strict reports schema drift',
  help: `Usage: chat-webhooks validate [vendor] <file...|-> [--strict] [--json]

Validates webhook payloads. A file holds one JSON payload, or JSON Lines (one delivery per line, or the records
\`chatWebhooksCapture\` writes: their recorded bodies are validated); "-" reads standard input. JSON Lines are
streamed: files of any size are read in constant memory, with a progress bar on a terminal. Bodies are decoded
as strict UTF-8, as receivers do. Without a vendor, each payload's vendor is told by its discriminator
(Sendbird "category", TalkPlus "event", Nexconn "type"). Exit code 0 only when every payload is valid; 1 when
one is invalid or an input cannot be read.

Options:
  --strict   also reject properties the schemas do not know, and print the drift report: which
             properties real deliveries carry that the schemas lack, counted across all files
  --json     print one JSON document (vendor, results, summary, drift) for machines, streamed

Examples:
  chat-webhooks validate talkplus captured/*.jsonl --strict
  chat-webhooks validate captured.jsonl            # the vendor of each delivery from its payload
  cat delivery.json | chat-webhooks validate sendbird -`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { strict: { type: 'boolean' }, json: { type: 'boolean' } },
    });
    // The vendor is optional: a first argument naming one is the vendor (a file called "talkplus" is ./talkplus).
    const vendor = (VENDOR_IDS as string[]).includes(positionals[0] ?? '') ? (positionals[0] as Vendor) : undefined;
    const files = vendor === undefined ? positionals : positionals.slice(1);
    if (files.length === 0)
      throw new UsageError(
        `name at least one file, or "-" for standard input (the vendor, one of ${VENDOR_IDS.join(', ')}, may come first)`,
        'validate',
      );
    const strict = values.strict ?? false;
    const report = values.json ? jsonReport(io, vendor, strict) : readableReport(io, strict);
    for await (const payload of eachPayload(io, files)) report.add(checkPayload(payload, vendor, strict));
    return report.finish();
  },
};

/**
 * Every payload of every file, in order, streamed. A file that cannot be opened or read to its end, or a single
 * payload too large to hold, is a runtime error (exit 1): the call itself was right.
 */
export async function* eachPayload(io: Io, files: string[]): AsyncGenerator<Payload> {
  for (const file of files) {
    let input: Awaited<ReturnType<Io['open']>>;
    try {
      input = await io.open(file);
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    }
    const progress = progressBar(io, file, input.size);
    try {
      for await (const payload of payloadsOf(file, input, (bytes) => progress.advance(bytes))) {
        progress.clear();
        yield payload;
      }
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    } finally {
      progress.clear();
    }
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Body-level checks (size, UTF-8, JSON) do not depend on the vendor: any vendor's parseWebhook words them.
const BODY_KEYWORDS = new Set(['json', 'encoding', 'body', 'tooLarge', 'tooDeep', 'prototype']);

/** Validates one payload with parseWebhook, for the vendor given, recorded by capture, or told by the payload. */
export function checkPayload(payload: Payload, given: Vendor | undefined, strict: boolean): PayloadResult {
  const where = { file: payload.file, ...(payload.line === undefined ? {} : { line: payload.line }) };
  if (payload.tooLong !== undefined) {
    return {
      ...where,
      ok: false,
      errors: [
        {
          path: '',
          keyword: 'tooLarge',
          message: `the line is ${payload.tooLong} bytes, more than the ${MAX_LINE_BYTES}-byte limit of one line`,
        },
      ],
    };
  }
  const vendor = given ?? (VENDOR_IDS.includes(payload.vendor as Vendor) ? (payload.vendor as Vendor) : vendorFromBody(payload.body));
  if (vendor === undefined || Array.isArray(vendor)) {
    const errors = vendor ?? [
      { path: '', keyword: 'vendor', message: `no vendor's discriminator names an event here; name the vendor (${VENDOR_IDS.join(', ')})` },
    ];
    return { ...where, ok: false, errors };
  }
  // Every error: the drift report counts each unknown property, however many a payload has.
  const result = parseWebhook(vendor, payload.body, { strict, maxErrors: Number.POSITIVE_INFINITY });
  return {
    ...where,
    vendor,
    ok: result.ok,
    ...(result.name === undefined ? {} : { name: result.name }),
    errors: result.ok ? [] : result.errors,
  };
}

/** The vendor a payload's discriminator names, or parseWebhook's own errors when the body is not JSON at all. */
function vendorFromBody(body: string | Uint8Array): Vendor | ValidationError[] | undefined {
  try {
    return detectVendor(JSON.parse(typeof body === 'string' ? body : strictUtf8.decode(body)));
  } catch {
    // Not UTF-8 or not JSON: worded below, exactly as parseWebhook words it.
  }
  const probe = parseWebhook(VENDOR_IDS[0]!, body, { maxErrors: 1 });
  return !probe.ok && BODY_KEYWORDS.has(probe.errors[0]?.keyword ?? '') ? probe.errors : undefined;
}

interface Summary {
  payloads: number;
  valid: number;
  invalid: number;
}

interface Report {
  add(result: PayloadResult): void;
  /** Prints what is left and returns the exit code. */
  finish(): number;
}

/** Counts and the drift report: all a report keeps, so that memory stays constant whatever the input's size. */
function tally(strict: boolean) {
  const summary: Summary = { payloads: 0, valid: 0, invalid: 0 };
  const drift = new Map<string, DriftRow>();
  return {
    summary,
    add(result: PayloadResult) {
      summary.payloads++;
      if (result.ok) summary.valid++;
      else summary.invalid++;
      if (strict) countDrift(drift, result);
    },
    drift: () => [...drift.values()].sort((a, b) => b.count - a.count || a.property.localeCompare(b.property)),
    exitCode: () => (summary.invalid === 0 && summary.payloads > 0 ? 0 : 1),
  };
}

interface DriftRow {
  vendor?: string;
  event: string;
  /** JSON pointer with array indices as `*`. */
  property: string;
  count: number;
}

/** Unknown properties by event and path (array indices folded). */
function countDrift(counts: Map<string, DriftRow>, result: PayloadResult): void {
  for (const error of result.errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const property = error.path.replace(/\/\d+(?=\/|$)/g, '/*');
    const event = result.name ?? '?';
    const key = `${result.vendor} ${event} ${property}`;
    const row = counts.get(key) ?? { ...(result.vendor === undefined ? {} : { vendor: result.vendor }), event, property, count: 0 };
    row.count++;
    counts.set(key, row);
  }
}

/** Invalid payloads printed as they are found; the drift report and the summary at the end. */
function readableReport(io: Io, strict: boolean): Report {
  const { red, green, dim, bold } = style(io);
  const counts = tally(strict);
  const vendors = new Set<string>();
  return {
    add(result) {
      counts.add(result);
      if (result.vendor) vendors.add(result.vendor);
      if (result.ok) return;
      const where = result.line === undefined ? result.file : `${result.file}:${result.line}`;
      io.out(`${red('invalid')} ${where}${result.name ? dim(` (${result.name})`) : ''}\n`);
      for (const error of result.errors) io.out(`  ${error.message} ${dim(`[${error.keyword}]`)}\n`);
    },
    finish() {
      const drift = counts.drift();
      if (strict && drift.length > 0) {
        io.out(`\n${bold('Drift: properties the deliveries carry that the schemas lack')}\n`);
        // The vendor is named only when the payloads were of several.
        for (const row of drift)
          io.out(`  ${String(row.count).padStart(5)}  ${vendors.size > 1 ? `${row.vendor} ` : ''}${row.event}  ${row.property}\n`);
      }
      const { summary } = counts;
      const verdict = summary.invalid === 0 ? green('all valid') : red(`${summary.invalid} invalid`);
      io.out(`\n${summary.payloads} payload(s): ${summary.valid} valid, ${verdict}\n`);
      return counts.exitCode();
    },
  };
}

/** One JSON document, written as it goes: the results array is never held in memory. */
function jsonReport(io: Io, vendor: Vendor | undefined, strict: boolean): Report {
  const counts = tally(strict);
  io.out(`{\n  "vendor": ${JSON.stringify(vendor ?? null)},\n  "results": [`);
  return {
    add(result) {
      io.out(`${counts.summary.payloads === 0 ? '' : ','}\n    ${JSON.stringify(result)}`);
      counts.add(result);
    },
    finish() {
      io.out(
        `${counts.summary.payloads === 0 ? '' : '\n  '}],\n  "summary": ${JSON.stringify(counts.summary)},\n  "drift": ${JSON.stringify(counts.drift())}\n}\n`,
      );
      return counts.exitCode();
    },
  };
}
