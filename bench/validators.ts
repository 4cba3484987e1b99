import { Ajv2020 } from 'ajv/dist/2020.js';
import { customKeywords, getSchema, type Vendor } from '@chat-webhooks/schemas';
import { parseWebhook, validateEvent } from '@chat-webhooks/validators';
import Schema from 'typebox/schema';
import { z } from 'zod';
import { measure } from './measure.js';
import { benchPayloads, documentedPayloads, syntheticPayloads, type BenchPayload } from './payloads.js';

// Throughput of each validator on a parsed payload, and parse+validate of a raw body against JSON.parse alone.
// One process, contenders interleaved round by round: read the ratios, not the absolute numbers.
// ajv twice: with allErrors (what the package's explaining code is, and what readable errors need) and with its
// defaults (stops at the first error), both given only what our schemas need to compile.
const ajvAllErrors = new Ajv2020({
  strict: true,
  allErrors: true,
  validateFormats: false,
  allowUnionTypes: true,
  keywords: [...customKeywords],
});
const ajvDefaults = new Ajv2020({ allowUnionTypes: true, keywords: [...customKeywords] });

// Each event's schema compiled once per contender, however many of its examples are measured.
const compiled = new Map<
  string,
  {
    ajvAll: (data: unknown) => boolean | Promise<unknown>;
    ajvDefault: (data: unknown) => boolean | Promise<unknown>;
    typebox: { Check(value: unknown): boolean };
  }
>();

interface Contenders {
  ourEvent: (payload: unknown) => unknown;
  ourGuard: (payload: unknown) => unknown;
  root: (payload: unknown) => unknown;
  ajvAll: (payload: unknown) => boolean;
  ajvDefault: (payload: unknown) => boolean;
  typebox: (payload: unknown) => boolean;
}

async function contendersFor({ label, vendor, name }: BenchPayload, payload: unknown): Promise<Contenders> {
  const schema = getSchema(vendor, name as never);
  // The event's own validator, `validate<Type>` from its entry point (`@chat-webhooks/validators/talkplus/message`).
  const eventModule: Record<string, unknown> = await import(`@chat-webhooks/validators/${vendor}/${name.replaceAll(':', '.')}`);
  const exported = (prefix: string) =>
    Object.entries(eventModule).find(([key]) => key.startsWith(prefix))![1] as (payload: unknown) => unknown;
  const key = `${vendor} ${name}`;
  if (!compiled.has(key))
    compiled.set(key, {
      ajvAll: ajvAllErrors.compile(schema),
      ajvDefault: ajvDefaults.compile(schema),
      typebox: Schema.Compile(schema as never),
    });
  const { ajvAll, ajvDefault, typebox } = compiled.get(key)!;
  const contenders: Contenders = {
    ourEvent: exported('validate'),
    ourGuard: exported('is'),
    root: (value) => validateEvent(vendor, name as never, value),
    ajvAll: (value) => ajvAll(value) as boolean,
    ajvDefault: (value) => ajvDefault(value) as boolean,
    typebox: (value) => typebox.Check(value),
  };
  for (const [who, ok] of [
    ['ours', (contenders.ourEvent(payload) as { ok: boolean }).ok],
    ['ajv', ajvAll(payload)],
    ['ajv defaults', ajvDefault(payload)],
    ['typebox', typebox.Check(payload)],
  ] as const) {
    if (!ok) throw new Error(`${who} rejects ${label}`);
  }
  return contenders;
}

const perSecond = (ns: number) => Math.round(1e9 / ns).toLocaleString('en');
const ratio = (them: number, us: number) => `${(them / us).toFixed(2)}x`;

// 1. The headline payloads, every contender, Zod included.
const rows: string[] = [];
for (const entry of benchPayloads()) {
  const payload = JSON.parse(entry.body);
  const c = await contendersFor(entry, payload);
  const zod = z.fromJSONSchema(getSchema(entry.vendor, entry.name as never) as never);
  const validation = measure({
    '@chat-webhooks/validators': () => c.ourEvent(payload),
    '@chat-webhooks/validators, is<Type> (a boolean, like ajv)': () => c.ourGuard(payload),
    '@chat-webhooks/validators, root validateEvent(vendor, name, payload)': () => c.root(payload),
    'ajv, allErrors (compiled at run time)': () => c.ajvAll(payload),
    'ajv, defaults: first error (compiled at run time)': () => c.ajvDefault(payload),
    'typebox Schema.Compile': () => c.typebox(payload),
    'zod v4 z.fromJSONSchema': () => zod.safeParse(payload),
  });
  const ours = validation['@chat-webhooks/validators']!;
  for (const [who, ns] of Object.entries(validation)) rows.push(`| ${entry.label} | ${who} | ${perSecond(ns)} | ${ratio(ns, ours)} |`);
}

// 2. Every documented example (and the two synthetic ones): ours against TypeBox and ajv's defaults.
const everyPayload = [...documentedPayloads(), ...syntheticPayloads()];
const versusRows: string[] = [];
const worst = { typeboxEvent: Infinity, ajvEvent: Infinity, typeboxRoot: Infinity, ajvRoot: Infinity, ajvAllEvent: Infinity };
const behind = { typeboxEvent: 0, ajvEvent: 0, typeboxRoot: 0, ajvRoot: 0, ajvAllEvent: 0 };
const parseRows: string[] = [];
const parseWorst = { validate: 0, parseWebhook: 0 };
for (const entry of everyPayload) {
  const { body } = entry;
  const payload = JSON.parse(body);
  const c = await contendersFor(entry, payload);
  const t = measure(
    {
      event: () => c.ourEvent(payload),
      guard: () => c.ourGuard(payload),
      root: () => c.root(payload),
      typebox: () => c.typebox(payload),
      ajvDefault: () => c.ajvDefault(payload),
      ajvAll: () => c.ajvAll(payload),
    },
    { rounds: 9, batch: 2_000 },
  );
  const ratios = {
    typeboxEvent: t.typebox! / t.event!,
    ajvEvent: t.ajvDefault! / t.event!,
    typeboxRoot: t.typebox! / t.root!,
    ajvRoot: t.ajvDefault! / t.root!,
    ajvAllEvent: t.ajvAll! / t.event!,
  };
  for (const key of Object.keys(ratios) as (keyof typeof ratios)[]) {
    worst[key] = Math.min(worst[key], ratios[key]);
    if (ratios[key] < 1) behind[key]++;
  }
  versusRows.push(
    `| ${entry.label} | ${t.event!.toFixed(0)} | ${t.guard!.toFixed(0)} | ${t.root!.toFixed(0)} | ${t.typebox!.toFixed(0)} | ${t.ajvDefault!.toFixed(0)} | ${t.ajvAll!.toFixed(0)} | ${ratios.typeboxEvent.toFixed(2)}x | ${ratios.ajvEvent.toFixed(2)}x | ${ratios.typeboxRoot.toFixed(2)}x | ${ratios.ajvRoot.toFixed(2)}x |`,
  );

  // Parse then validate; then parseWebhook, which adds the defences against hostile bodies.
  const p = measure(
    {
      parse: () => JSON.parse(body),
      parseValidate: () => c.ourEvent(JSON.parse(body)),
      parseAjv: () => c.ajvDefault(JSON.parse(body)),
      parseWebhook: () => parseWebhook(entry.vendor as Vendor, body),
    },
    { rounds: 15, batch: 2_000 },
  );
  const bytes = Buffer.byteLength(body);
  if (bytes >= 300) {
    parseWorst.validate = Math.max(parseWorst.validate, p.parseValidate! / p.parse!);
    parseWorst.parseWebhook = Math.max(parseWorst.parseWebhook, p.parseWebhook! / p.parse!);
  }
  parseRows.push(
    `| ${entry.label} | ${(p.parse! / 1000).toFixed(2)} | ${ratio(p.parseValidate!, p.parse!)} | ${ratio(p.parseAjv!, p.parse!)} | ${ratio(p.parseWebhook!, p.parse!)} |`,
  );
}

console.log(`Validation throughput (node ${process.version}, ${new Date().toISOString().slice(0, 10)}), median of 9 interleaved rounds\n`);
console.log('| payload | validator | validations/s | time relative to ours |\n|---|---|---:|---:|');
console.log(rows.join('\n'));
console.log(
  `\nEvery documented example: ns per call (median of 9 interleaved rounds); ratios are their time / ours (above 1.00x: ours is faster)\n`,
);
console.log(
  '| payload | validate<Type> | is<Type> | root validateEvent | TypeBox | ajv defaults | ajv allErrors | TypeBox / validate<Type> | ajv defaults / validate<Type> | TypeBox / validateEvent | ajv defaults / validateEvent |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
console.log(versusRows.join('\n'));
console.log(
  `\nWorst over ${everyPayload.length} payloads (payloads where ours is behind): TypeBox / validate<Type> ${worst.typeboxEvent.toFixed(2)}x (${behind.typeboxEvent}), ajv defaults / validate<Type> ${worst.ajvEvent.toFixed(2)}x (${behind.ajvEvent}), TypeBox / validateEvent ${worst.typeboxRoot.toFixed(2)}x (${behind.typeboxRoot}), ajv defaults / validateEvent ${worst.ajvRoot.toFixed(2)}x (${behind.ajvRoot}), ajv allErrors / validate<Type> ${worst.ajvAllEvent.toFixed(2)}x (${behind.ajvAllEvent})`,
);
console.log('\nParse + validate of the raw body, against JSON.parse alone (median of 15 interleaved rounds)\n');
console.log(
  '| payload | JSON.parse alone, µs | JSON.parse + validate<Type> | JSON.parse + ajv defaults | parseWebhook (size, UTF-8, JSON, depth, prototype keys, validate) |\n|---|---:|---:|---:|---:|',
);
console.log(parseRows.join('\n'));
console.log(
  `\nWorst on payloads of 300 B and more: JSON.parse + validate<Type> ${parseWorst.validate.toFixed(2)}x, parseWebhook ${parseWorst.parseWebhook.toFixed(2)}x of JSON.parse alone`,
);
