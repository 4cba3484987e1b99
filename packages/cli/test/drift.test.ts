import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mock } from '@chat-webhooks/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const repo = join(import.meta.dirname, '..', '..', '..');
let dir: string;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the checkout's schemas/ in a temp dir: the CLI edits it there. */
function checkout(): string {
  dir = mkdtempSync(join(tmpdir(), 'cli-drift-'));
  cpSync(join(repo, 'schemas'), join(dir, 'schemas'), { recursive: true });
  return join(dir, 'schemas');
}

/**
 * `npm run check:schemas` on the copy, with each delivery added as an example of its event: check:schemas
 * validates every example lenient and strict, so passing means the conventions hold and the deliveries are
 * strict-valid under the edited schemas.
 */
function checkSchemas(schemas: string, deliveries: { vendor: string; group: string; file: string; payload: unknown }[]) {
  deliveries.forEach(({ vendor, group, file, payload }, index) => {
    const examples = join(schemas, vendor, group, `${file}.examples`);
    mkdirSync(examples, { recursive: true });
    writeFileSync(join(examples, `captured-${index}.json`), `${JSON.stringify(payload, null, 2)}\n`);
  });
  return spawnSync(
    process.execPath,
    [join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(repo, 'scripts', 'check-schemas.ts'), schemas],
    { encoding: 'utf8', timeout: 120_000 },
  );
}

/** Sets the first property called `key` found anywhere in `value`. */
function setDeep(value: any, key: string, to: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (key in value && !Array.isArray(value)) {
    value[key] = to;
    return true;
  }
  return Object.values(value).some((child) => setDeep(child, key, to));
}

function talkplusDeliveries() {
  return [1, 2, 3].map((seed) => {
    const payload = mock('talkplus', 'member_added', undefined, { seed }) as any;
    payload.webhookVersion = 2; // unknown, in the event's own file
    payload.channel.tier = { level: seed, name: 'gold' }; // unknown object, in common/channel
    for (const member of payload.channel.members) member.isOnline = seed % 2 === 0; // unknown, in common/member
    delete payload.channel.subcategory; // required by common/channel, omitted
    if (seed === 2) payload.channel.name = null; // a type the schema refuses
    payload.channel.createdAt = 1_700_000_000 + seed; // Unix seconds, where the schema says milliseconds
    return payload;
  });
}

describe('drift', () => {
  it('--propose prints a unified diff of the edits; --write applies them; then check:schemas passes and the deliveries are strict-valid', async () => {
    const schemas = checkout();
    const deliveries = talkplusDeliveries();
    const capture = deliveries.map((payload) => JSON.stringify(payload)).join('\n');
    const before = checkSchemas(
      schemas,
      deliveries.map((payload) => ({ vendor: 'talkplus', group: 'member', file: 'member_added', payload })),
    );
    expect(before.status).toBe(1); // the deliveries break today's schemas, strict
    for (const index of [0, 1, 2]) rmSync(join(schemas, 'talkplus', 'member', 'member_added.examples', `captured-${index}.json`));

    const proposed = await runCli(['drift', 'talkplus', 'capture.jsonl', '--propose', '--schemas', schemas], { 'capture.jsonl': capture });
    expect(proposed.code).toBe(1);
    expect(proposed.stdout).toContain('--- a/schemas/talkplus/common/channel.schema.json');
    expect(proposed.stdout).toContain('+++ b/schemas/talkplus/common/member.schema.json');
    expect(proposed.stdout).toContain('+++ b/schemas/talkplus/member/member_added.schema.json');
    expect(proposed.stdout).toMatch(/^\+ {4}"webhookVersion": \{$/m);
    expect(proposed.stdout).toMatch(/^\+ {6}"type": \["string", "null"\],$/m);
    expect(proposed.stderr).toContain('required "subcategory" is absent from 3 captured deliveries (member_added): made optional');
    expect(proposed.stderr).toContain(
      'described in milliseconds, but 3 captured deliveries (member_added) carry seconds (e.g. 1700000001): description notes it',
    );
    // --propose changes nothing.
    expect(readFileSync(join(schemas, 'talkplus', 'member', 'member_added.schema.json'), 'utf8')).toBe(
      readFileSync(join(repo, 'schemas', 'talkplus', 'member', 'member_added.schema.json'), 'utf8'),
    );

    const written = await runCli(['drift', 'talkplus', 'capture.jsonl', '--write', '--schemas', schemas], { 'capture.jsonl': capture });
    expect(written.code).toBe(0);
    const channel = JSON.parse(readFileSync(join(schemas, 'talkplus', 'common', 'channel.schema.json'), 'utf8'));
    expect(channel.required).not.toContain('subcategory');
    expect(channel.properties.tier).toMatchObject({
      type: 'object',
      description: expect.stringMatching(/^TODO\(review\)/),
      properties: { level: { type: 'integer', examples: [1] }, name: { type: 'string', examples: ['gold'] } },
    });
    expect(channel.properties.name.type).toEqual(['string', 'null']);
    // The timestamp keeps its type; its description says what arrived.
    expect(channel.properties.createdAt).toMatchObject({
      type: 'integer',
      description: expect.stringContaining('TODO(review): 3 captured deliveries (member_added) carry Unix seconds here, not milliseconds'),
    });

    const after = checkSchemas(
      schemas,
      deliveries.map((payload) => ({ vendor: 'talkplus', group: 'member', file: 'member_added', payload })),
    );
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
    // A second look finds nothing left.
    expect(await runCli(['drift', 'talkplus', 'capture.jsonl', '--schemas', schemas], { 'capture.jsonl': capture })).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('the schemas fit them'),
    });
  });

  it('adds an unseen integer enum value with a member name and a description to finish', async () => {
    const schemas = checkout();
    const payload = mock('nexconn', 'open_channel:operation', undefined, { seed: 1 }) as any;
    expect(setDeep(payload, 'operationType', 9)).toBe(true);
    const written = await runCli(['drift', 'nexconn', 'capture.jsonl', '--write', '--schemas', schemas], {
      'capture.jsonl': JSON.stringify(payload),
    });
    expect(written.code).toBe(0);
    const schema = JSON.parse(readFileSync(join(schemas, 'nexconn', 'open_channel', 'operation.schema.json'), 'utf8'));
    expect(schema.$defs.operationType.enum).toEqual([0, 1, 2, 3, 9]);
    expect(schema.$defs.operationType['x-enum-names'].at(-1)).toBe('Value9');
    const after = checkSchemas(schemas, [{ vendor: 'nexconn', group: 'open_channel', file: 'operation', payload }]);
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
  });

  it('says what to do outside a checkout', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-drift-'));
    expect(await runCli(['drift', 'talkplus', 'c.jsonl', '--schemas', join(dir, 'nowhere')], { 'c.jsonl': '{}' })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('cannot read the schemas'),
    });
  });
});
