import { Ajv2020 } from 'ajv/dist/2020.js';
import { customKeywords, getSchema } from '@chat-webhooks/schemas';
import { parseWebhook, validateEvent } from '@chat-webhooks/validators';
import Schema from 'typebox/schema';
import { z } from 'zod';
import { measure } from './measure.js';
import { benchPayloads } from './payloads.js';

// Throughput of each validator on a parsed payload, and parse+validate of a raw body against JSON.parse alone.
// One process, contenders interleaved round by round: read the ratios, not the absolute numbers.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false, allowUnionTypes: true, keywords: [...customKeywords] });
const rows: string[] = [];
const parseRows: string[] = [];

for (const { label, vendor, name, body } of benchPayloads()) {
  const payload = JSON.parse(body);
  const schema = getSchema(vendor, name as never);
  const ajvValidate = ajv.compile(schema);
  const typebox = Schema.Compile(schema as never);
  const zod = z.fromJSONSchema(schema as never);
  for (const [who, ok] of [['ours', validateEvent(vendor, name as never, payload).ok], ['ajv', ajvValidate(payload)], ['typebox', typebox.Check(payload)], ['zod', zod.safeParse(payload).success]] as const) {
    if (!ok) throw new Error(`${who} rejects ${label}`);
  }

  // The event's own validator, `validate<Type>` from its entry point (`@chat-webhooks/validators/talkplus/message`).
  const eventModule: Record<string, unknown> = await import(`@chat-webhooks/validators/${vendor}/${name.replaceAll(':', '.')}`);
  const exported = (prefix: string) => Object.entries(eventModule).find(([key]) => key.startsWith(prefix))![1] as (payload: unknown) => unknown;
  const [ourEvent, ourGuard] = [exported('validate'), exported('is')];
  const validation = measure({
    '@chat-webhooks/validators': () => ourEvent(payload),
    '@chat-webhooks/validators, is<Type> (a boolean, like ajv)': () => ourGuard(payload),
    '@chat-webhooks/validators, root validateEvent(vendor, name, payload)': () => validateEvent(vendor, name as never, payload),
    'ajv (compiled at run time)': () => ajvValidate(payload),
    'typebox Schema.Compile': () => typebox.Check(payload),
    'zod v4 z.fromJSONSchema': () => zod.safeParse(payload),
  });
  const ours = validation['@chat-webhooks/validators']!;
  for (const [who, ns] of Object.entries(validation)) {
    rows.push(`| ${label} | ${who} | ${Math.round(1e9 / ns).toLocaleString('en')} | ${(ns / ours).toFixed(2)}x |`);
  }

  // Parse then validate, ours and ajv's; then parseWebhook, which adds the defences against hostile bodies.
  const parsing = measure(
    {
      'JSON.parse alone': () => JSON.parse(body),
      'JSON.parse + validate<Type>': () => ourEvent(JSON.parse(body)),
      'JSON.parse + ajv': () => ajvValidate(JSON.parse(body)),
      'parseWebhook (size, UTF-8, JSON, depth, prototype keys, validate)': () => parseWebhook(vendor, body),
    },
    { rounds: 15 },
  );
  const baseline = parsing['JSON.parse alone']!;
  for (const [what, ns] of Object.entries(parsing)) parseRows.push(`| ${label} | ${what} | ${(ns / 1000).toFixed(2)} | ${(ns / baseline).toFixed(2)}x |`);
}

console.log(`Validation throughput (node ${process.version}, ${new Date().toISOString().slice(0, 10)}), median of 9 interleaved rounds\n`);
console.log('| payload | validator | validations/s | time relative to ours |\n|---|---|---:|---:|');
console.log(rows.join('\n'));
console.log('\nParse + validate of the raw body, against JSON.parse alone\n');
console.log('| payload | what | µs per body | vs JSON.parse alone |\n|---|---|---:|---:|');
console.log(parseRows.join('\n'));
