import { Ajv2020 } from 'ajv/dist/2020.js';
import { getSchema } from '@chat-webhooks/schemas';
import { parseWebhook, validateEvent } from '@chat-webhooks/validators';
import { Bench } from 'tinybench';
import Schema from 'typebox/schema';
import { z } from 'zod';
import { benchPayloads } from './payloads.js';

// Throughput of each validator on a parsed payload, and parse+validate of a raw body against JSON.parse alone.
// Everything in one process, one payload at a time, side by side: ratios are what to read, not absolute numbers.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false, keywords: ['x-docs-url', 'x-enum-names', 'x-enum-descriptions'] });
const rows: string[] = [];
const parseRows: string[] = [];
let sink: unknown;

for (const { label, vendor, name, body } of benchPayloads()) {
  const payload = JSON.parse(body);
  const schema = getSchema(vendor, name as never);
  const ajvValidate = ajv.compile(schema);
  const typebox = Schema.Compile(schema as never);
  const zod = z.fromJSONSchema(schema as never);
  for (const [who, ok] of [['ours', validateEvent(vendor, name as never, payload).ok], ['ajv', ajvValidate(payload)], ['typebox', typebox.Check(payload)], ['zod', zod.safeParse(payload).success]] as const) {
    if (!ok) throw new Error(`${who} rejects ${label}`);
  }

  const validation = new Bench({ time: 700, warmupTime: 200 });
  validation
    .add('@chat-webhooks/validators', () => void (sink = validateEvent(vendor, name as never, payload)))
    .add('ajv (compiled at run time)', () => void (sink = ajvValidate(payload)))
    .add('typebox Schema.Compile', () => void (sink = typebox.Check(payload)))
    .add('zod v4 z.fromJSONSchema', () => void (sink = zod.safeParse(payload)));
  await validation.run();
  const ours = validation.tasks[0]!.result!.throughput.mean;
  for (const task of validation.tasks) {
    const opsPerSecond = task.result!.throughput.mean;
    rows.push(`| ${label} | ${task.name} | ${Math.round(opsPerSecond).toLocaleString('en')} | ${(opsPerSecond / ours).toFixed(2)} |`);
  }

  const parsing = new Bench({ time: 700, warmupTime: 200 });
  parsing
    .add('JSON.parse alone', () => void (sink = JSON.parse(body)))
    .add('parseWebhook (ours: size, UTF-8, JSON, depth, prototype keys, validate)', () => void (sink = parseWebhook(vendor, body)))
    .add('JSON.parse + ajv', () => void (sink = ajvValidate(JSON.parse(body))));
  await parsing.run();
  const baseline = parsing.tasks[0]!.result!.latency.mean;
  for (const task of parsing.tasks) {
    parseRows.push(`| ${label} | ${task.name} | ${(task.result!.latency.mean * 1000).toFixed(2)} | ${(task.result!.latency.mean / baseline).toFixed(2)}x |`);
  }
}

console.log(`Validation throughput (node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
console.log('| payload | validator | validations/s | relative to ours |\n|---|---|---:|---:|');
console.log(rows.join('\n'));
console.log('\nParse + validate of the raw body, against JSON.parse alone\n');
console.log('| payload | what | µs per body | vs JSON.parse |\n|---|---|---:|---:|');
console.log(parseRows.join('\n'));
if (sink === Symbol()) console.log(sink);
