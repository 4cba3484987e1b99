import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getExamples, type Vendor } from '@chat-webhooks/schemas';
import { median } from './measure.js';

// Hostile bodies (issue 14): ~1 MiB of invalid array items where a documented example has an array, through
// parseWebhook, per vendor. Times are whole calls (milliseconds, median of SAMPLES), not throughput.
//   npx tsx hostile-errors.ts                        the workspace build (packages/validators/dist)
//   VALIDATORS_DIST=/tmp/old/dist npx tsx hostile-errors.ts   another build, e.g. one from before a change
//   ITEMS=20000,40000 SAMPLES=3 npx tsx hostile-errors.ts     other sizes (a quadratic build needs small ones)
//   VENDORS=nexconn KINDS=0 npx tsx hostile-errors.ts           some vendors, some kinds of item only
const dist = process.env.VALIDATORS_DIST ?? dirname(createRequire(import.meta.url).resolve('@chat-webhooks/validators'));
const sizes = (process.env.ITEMS ?? '500000').split(',').map(Number);
const samples = Number(process.env.SAMPLES ?? 5);
const only = (variable: string) => (value: string) =>
  process.env[variable] === undefined || process.env[variable]!.split(',').includes(value);
const root = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof import('@chat-webhooks/validators');

/** Where each vendor's documented example has an array of objects, to fill with invalid items. */
const targets: { vendor: Vendor; name: string; array: string }[] = [
  { vendor: 'talkplus', name: 'member_added', array: 'users' },
  { vendor: 'nexconn', name: 'open_channel:operation', array: 'data' },
  { vendor: 'sendbird', name: 'open_channel:create', array: 'operators' },
];

/** Items, each invalid: `0` (2 bytes an item, one error each) and `{}` (3 bytes, one error per required property). */
const kinds = [
  { label: '0', item: 0, bytesPerItem: 2 },
  { label: '{}', item: {}, bytesPerItem: 3 },
];

function timeMs(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const rows: string[] = [];
for (const { vendor, name, array } of targets.filter((target) => only('VENDORS')(target.vendor))) {
  const eventModule = (await import(pathToFileURL(join(dist, vendor, `${name.replaceAll(':', '.')}.js`)).href)) as Record<
    string,
    (payload: unknown) => boolean
  >;
  const is = Object.entries(eventModule).find(([key]) => key.startsWith('is'))![1];
  for (const size of sizes) {
    for (const { label, item, bytesPerItem } of kinds.filter((kind) => only('KINDS')(kind.label))) {
      // `{}` items take 3 bytes: fewer of them fit the same body size as the `0` ones.
      const count = Math.floor((size * 2) / bytesPerItem);
      const payload = JSON.parse(getExamples(vendor, name as never)[0]!.body) as Record<string, unknown>;
      payload[array] = new Array(count).fill(item);
      const body = JSON.stringify(payload);
      const result = root.parseWebhook(vendor, body);
      if (result.ok || result.errors[0]?.keyword === 'tooLarge')
        throw new Error(`${vendor}: the hostile body was not validated: ${JSON.stringify(result).slice(0, 300)}`);
      const parse: number[] = [];
      const fastPath: number[] = [];
      const whole: number[] = [];
      for (let sample = 0; sample < samples; sample++) {
        parse.push(timeMs(() => JSON.parse(body)));
        const parsed = JSON.parse(body);
        fastPath.push(timeMs(() => is(parsed)));
        whole.push(timeMs(() => root.parseWebhook(vendor, body)));
      }
      rows.push(
        `| ${vendor} ${name} | \`${array}\`: ${count.toLocaleString('en')} × \`${label}\` | ${(body.length / 1024).toFixed(0)} KiB | ${median(parse).toFixed(1)} | ${median(fastPath).toFixed(1)} | ${median(whole).toFixed(1)} | ${result.errors.length.toLocaleString('en')}${result.truncated ? ' (truncated)' : ''} | ${JSON.stringify(result).length.toLocaleString('en')} B |`,
      );
      console.error(rows.at(-1));
    }
  }
}

console.log(`validators build: ${dist}, median of ${samples} calls, Node ${process.version}\n`);
console.log(
  '| event | array filled with | body | JSON.parse ms | is<Type> ms (fast path, stops at the first error) | parseWebhook ms (parse, fast path, explained up to the 21st error, 20 worded) | errors returned | result as JSON |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
