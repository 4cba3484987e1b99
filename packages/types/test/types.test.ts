import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventNames, getExamples, vendors, type Vendor } from '@chat-webhooks/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { declaredNames, typeErrors } from './compile-typescript.js';

const generatedDir = join(import.meta.dirname, '..', 'src', 'generated');
const tmpDir = join(import.meta.dirname, '.tmp');
afterAll(() => rmSync(tmpDir, { recursive: true, force: true }));

/** Writes a module that checks each payload against its event type with `satisfies`, and compiles it. */
function checkPayloads(fileName: string, payloads: { vendor: Vendor; name: string; body: string }[]): string[] {
  mkdirSync(tmpDir, { recursive: true });
  const lines = payloads.map(
    ({ vendor, name, body }, index) =>
      `export const payload${index} = ${body.trim()} satisfies WebhookEventMap[${JSON.stringify(vendor)}][${JSON.stringify(name)}];`,
  );
  const file = join(tmpDir, fileName);
  writeFileSync(file, `import type { WebhookEventMap } from '../../src/generated/index.js';\n${lines.join('\n')}\n`);
  return typeErrors([file]);
}

const documented = vendors.flatMap((facts) =>
  eventNames(facts.id as Vendor).flatMap((name) =>
    getExamples(facts.id as Vendor, name).map((example) => ({ vendor: facts.id as Vendor, name, body: example.body })),
  ),
);

describe('@chat-webhooks/types', () => {
  it('every documented example satisfies its event type under --strict', () => {
    expect(documented.length).toBeGreaterThanOrEqual(27);
    expect(checkPayloads('documented.ts', documented)).toEqual([]);
  });

  it('a payload with a wrong discriminator, a wrong type or an unknown field does not satisfy its type', () => {
    const example = documented.find((payload) => payload.vendor === 'talkplus' && payload.name === 'member_added')!;
    const payload = JSON.parse(example.body);
    const errors = checkPayloads('broken.ts', [
      { ...example, body: JSON.stringify({ ...payload, event: 'member_left' }) },
      { ...example, body: JSON.stringify({ ...payload, channel: { ...payload.channel, memberCount: '1' } }) },
      { ...example, body: JSON.stringify({ ...payload, undocumented: true }) },
    ]);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('"member_left"');
    expect(errors[1]).toContain("Type 'string' is not assignable to type 'number'");
    expect(errors[2]).toContain('undocumented');
  });

  it('narrows on the discriminator and rejects misspelt fields and undocumented enum values (test/narrowing.ts)', () => {
    expect(typeErrors([join(import.meta.dirname, 'narrowing.ts')])).toEqual([]);
  });

  it('declares every type once: no numbered duplicates of a shared definition', () => {
    for (const file of readdirSync(generatedDir)) {
      const names = declaredNames(readFileSync(join(generatedDir, file), 'utf8'));
      expect(new Set(names).size, file).toBe(names.length);
      expect(
        names.filter((name) => /\d$/.test(name)),
        file,
      ).toEqual([]);
    }
  });

  it('names every event, shared definition and integer enum after its schema title', () => {
    const talkplus = declaredNames(readFileSync(join(generatedDir, 'talkplus.ts'), 'utf8'));
    expect(talkplus).toEqual(
      expect.arrayContaining([
        'TalkplusMemberAddedEvent',
        'TalkplusChannel',
        'TalkplusMember',
        'TalkplusUser',
        'TalkplusMessage',
        'TalkplusEventMap',
        'TalkplusEventName',
        'TalkplusEvent',
      ]),
    );
    const nexconn = readFileSync(join(generatedDir, 'nexconn.ts'), 'utf8');
    expect(nexconn).toContain('export enum NexconnOpenChannelOperationType {\n  ChannelCreated = 0,');
    expect(nexconn).toContain('@see {@link https://docs.nexconn.ai/');
  });
});
