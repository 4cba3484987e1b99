import { Ajv2020 } from 'ajv/dist/2020.js';
import { customKeywords, getSchema, type Vendor } from '@chat-webhooks/schemas';
import { parseWebhook, validateEvent } from '@chat-webhooks/validators';
import Schema from 'typebox/schema';
import { z } from 'zod';
import { capturedDir, capturedPayloads } from './captured-payloads.js';
import { call, callAfterParse, measure } from './measure.js';
import { mockPayloads } from './mock-payloads.js';
import { benchOptions, selected } from './options.js';
import { benchPayloads, documentedPayloads, syntheticPayloads, type BenchPayload, type NotMeasured } from './payloads.js';
import { summaryTable, type Goal, type Outcome } from './summary.js';

// Throughput of each validator on a parsed payload, and parse+validate of a raw body against JSON.parse alone.
// One process, contenders interleaved round by round: read the ratios, not the absolute numbers. An A/A control
// (ours measured twice, as two contenders) in each table shows how far apart two identical contenders land.
// ajv twice: with allErrors (what the package's explaining code is, and what readable errors need) and with its
// defaults (stops at the first error), both given only what our schemas need to compile.
//   npx tsx validators.ts                          everything (several minutes)
//   npx tsx validators.ts --only=nexconn,mock      payloads whose label holds any of the words
//   npx tsx validators.ts --sets=documented        payloads of these sets (documented, synthetic, captured, mock)
//   npx tsx validators.ts --rounds=5 --batch=500   every measurement with these (defaults: 9/5000, 9/2000, 15/2000)
const options = benchOptions();
const sized = (rounds: number, batch: number) => ({ rounds: options.rounds ?? rounds, batch: options.batch ?? batch });
const headlineSize = sized(9, 5_000);
const tableSize = sized(9, 2_000);
const parseSize = sized(15, 2_000);

const ajvAllErrors = new Ajv2020({
  strict: true,
  allErrors: true,
  validateFormats: false,
  allowUnionTypes: true,
  keywords: [...customKeywords],
});
const ajvDefaults = new Ajv2020({ allowUnionTypes: true, keywords: [...customKeywords] });

// Each event's schema compiled once per contender, however many of its payloads are measured.
const compiled = new Map<
  string,
  {
    ajvAll: (data: unknown) => boolean | Promise<unknown>;
    ajvDefault: (data: unknown) => boolean | Promise<unknown>;
    typebox: { Check(value: unknown): boolean };
  }
>();

// TypeBox behind the dispatch an application would write for it: a table by vendor, then by event name (with
// no prototype, as the root's), and one call site for every event, as the root `validateEvent` has: the
// like-for-like contender of the root, beside TypeBox called directly (the goal's contender).
const typeboxByVendor: Record<string, Record<string, { Check(value: unknown): boolean }>> = Object.create(null);
function typeboxValidateEvent(vendor: string, name: string, payload: unknown): boolean {
  return typeboxByVendor[vendor]![name]!.Check(payload);
}

interface Contenders {
  ourEvent: (payload: unknown) => unknown;
  ourGuard: (payload: unknown) => unknown;
  ajvAll: (payload: unknown) => boolean;
  ajvDefault: (payload: unknown) => boolean;
  typebox: (payload: unknown) => boolean;
}

/** The contenders for one payload, and which of them reject it (a rejected payload is not measured). */
async function contendersFor({ vendor, name }: BenchPayload, payload: unknown): Promise<{ contenders: Contenders; rejectedBy: string[] }> {
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
  (typeboxByVendor[vendor] ??= Object.create(null))[name] = typebox;
  const contenders: Contenders = {
    ourEvent: exported('validate'),
    ourGuard: exported('is'),
    // Functions to call as they are (no wrapper closure made here, whose one call site all payloads would share);
    // the root `validateEvent` is called by `call(validateEvent, vendor, name, payload)` where it is measured.
    ajvAll: ajvAll as (payload: unknown) => boolean,
    ajvDefault: ajvDefault as (payload: unknown) => boolean,
    typebox: typebox.Check.bind(typebox),
  };
  const verdicts = [
    ['validate<Type>', (contenders.ourEvent(payload) as { ok: boolean }).ok],
    ['ajv allErrors', ajvAll(payload)],
    ['ajv defaults', ajvDefault(payload)],
    ['typebox', typebox.Check(payload)],
  ] as const;
  return { contenders, rejectedBy: verdicts.filter(([, ok]) => !ok).map(([who]) => who) };
}

const perSecond = (ns: number) => Math.round(1e9 / ns).toLocaleString('en');
const ratio = (them: number, us: number) => `${(them / us).toFixed(2)}x`;

// 1. The headline payloads, every contender, Zod included.
const rows: string[] = [];
for (const entry of benchPayloads().filter((payload) => selected(options, payload.label, payload.set))) {
  const payload = JSON.parse(entry.body);
  const { contenders: c, rejectedBy } = await contendersFor(entry, payload);
  if (rejectedBy.length > 0) throw new Error(`${rejectedBy.join(', ')} reject(s) ${entry.label}`);
  const zod = z.fromJSONSchema(getSchema(entry.vendor, entry.name as never) as never);
  const validation = measure(
    {
      '@chat-webhooks/validators': call(c.ourEvent, payload),
      '@chat-webhooks/validators, is<Type> (a boolean, like ajv)': call(c.ourGuard, payload),
      '@chat-webhooks/validators, root validateEvent(vendor, name, payload)': call(validateEvent, entry.vendor, entry.name, payload),
      'ajv, allErrors (compiled at run time)': call(c.ajvAll, payload),
      'ajv, defaults: first error (compiled at run time)': call(c.ajvDefault, payload),
      'typebox Schema.Compile': call(c.typebox, payload),
      'zod v4 z.fromJSONSchema': call(zod.safeParse.bind(zod), payload),
    },
    headlineSize,
  );
  const ours = validation['@chat-webhooks/validators']!;
  for (const [who, ns] of Object.entries(validation)) rows.push(`| ${entry.label} | ${who} | ${perSecond(ns)} | ${ratio(ns, ours)} |`);
}

// 2. Every payload: documented examples, the two synthetic ones, captured real deliveries, one mock per event.
const captured = capturedPayloads();
const mocks = mockPayloads();
const notMeasured: NotMeasured[] = [
  ...captured.notMeasured.filter((entry) => selected(options, entry.label, 'captured')),
  ...mocks.notMeasured.filter((entry) => selected(options, entry.label, 'mock')),
];
const everyPayload = [...documentedPayloads(), ...syntheticPayloads(), ...captured.payloads, ...mocks.payloads].filter((payload) =>
  selected(options, payload.label, payload.set),
);
const versusRows: string[] = [];
const parseRows: string[] = [];
const outcomes: Outcome[] = [];
for (const entry of everyPayload) {
  const { body } = entry;
  const payload = JSON.parse(body);
  const { contenders: c, rejectedBy } = await contendersFor(entry, payload);
  if (rejectedBy.length > 0) {
    // Documented and synthetic payloads are ours: one rejected is a bug to fix before any figure means anything.
    if (entry.set === 'documented' || entry.set === 'synthetic') throw new Error(`${rejectedBy.join(', ')} reject(s) ${entry.label}`);
    notMeasured.push({ label: entry.label, reason: `rejected by ${rejectedBy.join(', ')}` });
    continue;
  }
  // The A/A control: two distinct closures calling the same validate<Type>, measured like everyone else.
  const t = measure(
    {
      event: call(c.ourEvent, payload),
      eventAgain: call(c.ourEvent, payload),
      guard: call(c.ourGuard, payload),
      root: call(validateEvent, entry.vendor, entry.name, payload),
      typebox: call(c.typebox, payload),
      typeboxTable: call(typeboxValidateEvent, entry.vendor, entry.name, payload),
      ajvDefault: call(c.ajvDefault, payload),
      ajvAll: call(c.ajvAll, payload),
    },
    tableSize,
  );
  // Parse then validate; then parseWebhook, which adds the defences against hostile bodies. JSON.parse twice: its A/A.
  const p = measure(
    {
      parse: call(JSON.parse, body),
      parseAgain: call(JSON.parse, body),
      parseValidate: callAfterParse(c.ourEvent, body),
      parseAjv: callAfterParse(c.ajvDefault, body),
      parseWebhook: call(parseWebhook, entry.vendor as Vendor, body),
    },
    parseSize,
  );
  const ratios = {
    aa: t.eventAgain! / t.event!,
    typeboxEvent: t.typebox! / t.event!,
    ajvEvent: t.ajvDefault! / t.event!,
    typeboxRoot: t.typebox! / t.root!,
    typeboxGuard: t.typebox! / t.guard!,
    typeboxTableRoot: t.typeboxTable! / t.root!,
    ajvRoot: t.ajvDefault! / t.root!,
    ajvAllEvent: t.ajvAll! / t.event!,
    parseAa: p.parseAgain! / p.parse!,
    parseValidate: p.parseValidate! / p.parse!,
    parseAjv: p.parseAjv! / p.parse!,
    parseWebhook: p.parseWebhook! / p.parse!,
  };
  outcomes.push({ set: entry.set, bytes: Buffer.byteLength(body), ratios });
  const ns = (value: number) => value.toFixed(0);
  const r = (value: number) => `${value.toFixed(2)}x`;
  versusRows.push(
    `| ${entry.label} | ${ns(t.event!)} | ${ns(t.eventAgain!)} | ${r(ratios.aa)} | ${ns(t.guard!)} | ${ns(t.root!)} | ${ns(t.typebox!)} | ${ns(t.ajvDefault!)} | ${ns(t.ajvAll!)} | ${r(ratios.typeboxEvent)} | ${r(ratios.ajvEvent)} | ${r(ratios.typeboxRoot)} | ${r(ratios.ajvRoot)} | ${ns(t.typeboxTable!)} | ${r(ratios.typeboxGuard)} | ${r(ratios.typeboxTableRoot)} |`,
  );
  parseRows.push(
    `| ${entry.label} | ${(p.parse! / 1000).toFixed(2)} | ${r(ratios.parseAa)} | ${r(ratios.parseValidate)} | ${r(ratios.parseAjv)} | ${r(ratios.parseWebhook)} |`,
  );
}

const sizeNote = (size: { rounds: number; batch: number }) => `median of ${size.rounds} interleaved rounds, ${size.batch} calls per sample`;
const focus = [
  ...(options.only.length > 0 ? [`only payloads whose label holds ${options.only.map((part) => JSON.stringify(part)).join(' or ')}`] : []),
  ...(options.sets.length > 0 ? [`only the sets ${options.sets.join(', ')}`] : []),
]
  .map((part) => `; ${part}`)
  .join('');
console.log(
  `Validation throughput (node ${process.version}, ${new Date().toISOString().slice(0, 10)}), ${sizeNote(headlineSize)}${focus}\n`,
);
console.log('| payload | validator | validations/s | time relative to ours |\n|---|---|---:|---:|');
console.log(rows.join('\n'));
console.log(
  `\nEvery payload (documented examples; two synthetic; "captured:" real deliveries from ${capturedDir}; "mock:" one @chat-webhooks/mocks payload per event, the largest of 16 seeds): ns per call, ${sizeNote(tableSize)}. Ratios are their time / ours (above 1.00x: ours is faster). A/A: validate<Type> measured a second time as a separate contender, its time / the first: how far apart noise alone puts two identical contenders.\n`,
);
console.log(
  '| payload | validate<Type> | validate<Type> again | A/A | is<Type> | root validateEvent | TypeBox | ajv defaults | ajv allErrors | TypeBox / validate<Type> | ajv defaults / validate<Type> | TypeBox / validateEvent | ajv defaults / validateEvent | TypeBox through a (vendor, name) table | TypeBox / is<Type> | TypeBox through a table / validateEvent |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
console.log(versusRows.join('\n'));
console.log(`\nParse + validate of the raw body, against JSON.parse alone (${sizeNote(parseSize)}); A/A: JSON.parse measured twice\n`);
console.log(
  '| payload | JSON.parse alone, µs | JSON.parse again (A/A) | JSON.parse + validate<Type> | JSON.parse + ajv defaults | parseWebhook (size, UTF-8, JSON, depth, prototype keys, validate) |\n|---|---:|---:|---:|---:|---:|',
);
console.log(parseRows.join('\n'));

console.log(`\nNot measured (${notMeasured.length})${notMeasured.length === 0 ? '' : '\n'}`);
for (const { label, reason } of notMeasured) console.log(`- ${label}: ${reason}`);

const goals: Goal[] = [
  { label: 'TypeBox / validate<Type> [>= 1.00x]', ratio: 'typeboxEvent', noise: 'aa', target: 1, atLeast: true },
  { label: 'ajv defaults / validate<Type> [>= 1.00x]', ratio: 'ajvEvent', noise: 'aa', target: 1, atLeast: true },
  { label: 'TypeBox / root validateEvent [>= 1.00x]', ratio: 'typeboxRoot', noise: 'aa', target: 1, atLeast: true },
  { label: 'ajv defaults / root validateEvent [>= 1.00x]', ratio: 'ajvRoot', noise: 'aa', target: 1, atLeast: true },
  { label: '(no goal) ajv allErrors / validate<Type>', ratio: 'ajvAllEvent', noise: 'aa', target: 1, atLeast: true },
  { label: '(no goal) TypeBox / is<Type>: booleans both', ratio: 'typeboxGuard', noise: 'aa', target: 1, atLeast: true },
  {
    label: '(no goal) TypeBox through a (vendor, name) table / root validateEvent: one call site for every event, both',
    ratio: 'typeboxTableRoot',
    noise: 'aa',
    target: 1,
    atLeast: true,
  },
  {
    label: '(JSON.parse + validate<Type>) / JSON.parse, >= 300 B [<= 1.05x]',
    ratio: 'parseValidate',
    noise: 'parseAa',
    target: 1.05,
    atLeast: false,
    minBytes: 300,
  },
  {
    label: 'parseWebhook / JSON.parse, >= 300 B [<= 1.15x]',
    ratio: 'parseWebhook',
    noise: 'parseAa',
    target: 1.15,
    atLeast: false,
    minBytes: 300,
  },
];
console.log(
  `\nSummary over ${outcomes.length} measured payloads (${notMeasured.length} not measured), all and per set. "beyond noise": further from the target than the A/A control's 90% band of the same table (validation or parse) allows.\n`,
);
console.log(
  summaryTable(outcomes, goals, [
    { label: 'A/A validate<Type> again / validate<Type> [1.00x]', ratio: 'aa' },
    { label: 'A/A JSON.parse again / JSON.parse [1.00x]', ratio: 'parseAa' },
  ]),
);
