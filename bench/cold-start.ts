import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customKeywords, getExamples, getSchema } from '@chat-webhooks/schemas';

// Cold start: in a new process, the time from before the import to the end of the first validation (Node's own
// boot, the same for everyone, is left out). Runs alternate between contenders; medians are compared.
// Node's module loader sets itself up on the first import of a package in a process (3-5 ms here, whatever the
// package): an application has paid it before it imports a validator, so the main table warms the loader with a
// tiny unrelated package first, for every contender alike. The second table, without that, is what a process whose
// very first import is the validator sees.
const RUNS = 15;
const WARM_LOADER = `await import('@standard-schema/spec');`;
const dir = mkdtempSync(join(tmpdir(), 'cold-start-'));
const payloadFile = join(dir, 'payload.json');
const schemaFile = join(dir, 'schema.json');
writeFileSync(payloadFile, getExamples('talkplus', 'reaction_added')[0]!.body);
writeFileSync(schemaFile, JSON.stringify(getSchema('talkplus', 'reaction_added')));
const sendbirdFile = join(dir, 'sendbird.json');
writeFileSync(sendbirdFile, getExamples('sendbird', 'group_channel:message_send')[0]!.body);

const read = `const { readFileSync } = await import('node:fs'); const payload = JSON.parse(readFileSync(${JSON.stringify(payloadFile)}, 'utf8'));`;
const contenders: Record<string, string> = {
  '@chat-webhooks/validators (package root, all vendors)': `${read} const t0 = performance.now(); const { validate } = await import('@chat-webhooks/validators'); const ok = validate('talkplus', payload).ok;`,
  '@chat-webhooks/validators/talkplus (one vendor)': `${read} const t0 = performance.now(); const { validate } = await import('@chat-webhooks/validators/talkplus'); const ok = validate(payload).ok;`,
  '@chat-webhooks/validators/sendbird (the largest vendor, group_channel:message_send)': `const { readFileSync } = await import('node:fs'); const payload = JSON.parse(readFileSync(${JSON.stringify(sendbirdFile)}, 'utf8')); const t0 = performance.now(); const { validate } = await import('@chat-webhooks/validators/sendbird'); const ok = validate(payload).ok;`,
  '@chat-webhooks/validators/talkplus/reaction_added': `${read} const t0 = performance.now(); const { validateTalkplusReactionAddedEvent } = await import('@chat-webhooks/validators/talkplus/reaction_added'); const ok = validateTalkplusReactionAddedEvent(payload).ok;`,
  'ajv compiling the schema at start': `${read} const t0 = performance.now(); const { Ajv2020 } = await import('ajv/dist/2020.js'); const schema = JSON.parse(readFileSync(${JSON.stringify(schemaFile)}, 'utf8')); const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false, allowUnionTypes: true, keywords: ${JSON.stringify(customKeywords)} }); const ok = ajv.compile(schema)(payload);`,
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function coldStarts(prefix: string): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, code] of Object.entries(contenders)) {
      const output = execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `${prefix} ${code} if (!ok) throw new Error('invalid'); console.log(performance.now() - t0);`],
        { cwd: import.meta.dirname, encoding: 'utf8' },
      );
      samples[name]!.push(Number(output.trim()));
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

for (const [title, prefix] of [
  ['module loader warmed by an unrelated package, as in an application', WARM_LOADER],
  ['the validator is the first package the process imports', ''],
] as const) {
  const medians = coldStarts(prefix);
  const ajv = medians['ajv compiling the schema at start']!;
  console.log(`\nCold start, import + first validation (median of ${RUNS} processes each), ${title}\n`);
  console.log('| contender | ms | ajv compile-at-start / this |\n|---|---:|---:|');
  for (const [name, ms] of Object.entries(medians)) console.log(`| ${name} | ${ms.toFixed(2)} | ${(ajv / ms).toFixed(1)}x |`);
}
