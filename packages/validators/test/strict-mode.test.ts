import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import { onePerEvent } from './examples.js';

/** Adds an unknown property to the payload and to every object nested in it; returns the pointers added. */
function addUnknownEverywhere(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => addUnknownEverywhere(item, `${path}/${index}`));
  const nested = Object.entries(value).flatMap(([key, child]) => addUnknownEverywhere(child, `${path}/${key}`));
  (value as Record<string, unknown>).zz_undocumented = 'drift';
  return [`${path}/zz_undocumented`, ...nested];
}

describe('unknown properties: lenient accepts them, strict names every one in a single pass', () => {
  for (const { vendor, name, payload } of onePerEvent) {
    it(`${vendor} ${name}: top level and nested`, () => {
      const drifted = structuredClone(payload);
      const added = addUnknownEverywhere(drifted);
      expect(validate(vendor, drifted)).toMatchObject({ ok: true, name });
      const strict = validate(vendor, drifted, { strict: true });
      expect(strict.ok).toBe(false);
      if (strict.ok) return;
      // Free-form maps (channel `data`, `translations`, `metadata`) legitimately take any key; every other object reports it.
      const reported = strict.errors.map((error) => error.path);
      expect(strict.errors.every((error) => error.keyword === 'additionalProperties' || error.path.endsWith('/zz_undocumented'))).toBe(
        true,
      );
      expect(reported).toContain('/zz_undocumented');
      // Nested objects report theirs too; a flat payload (user:push_preference) has only the top-level one.
      if (added.length > 1) expect(reported.length).toBeGreaterThan(1);
      for (const path of reported) expect(added).toContain(path);
    });
  }

  it('reports each unknown property with a message naming it', () => {
    const entry = onePerEvent.find((candidate) => candidate.name === 'member_added')!;
    const drifted = structuredClone(entry.payload) as any;
    drifted.webhookVersion = 2;
    drifted.channel.members[0].isOnline = true;
    const result = validate('talkplus', drifted, { strict: true });
    expect(result).toMatchObject({ ok: false, vendor: 'talkplus', name: 'member_added' });
    if (result.ok) return;
    expect(result.errors).toHaveLength(2);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        {
          path: '/webhookVersion',
          keyword: 'additionalProperties',
          message: '/webhookVersion is not in the schema (strict mode rejects unknown properties)',
        },
        {
          path: '/channel/members/0/isOnline',
          keyword: 'additionalProperties',
          message: '/channel/members/0/isOnline is not in the schema (strict mode rejects unknown properties)',
        },
      ]),
    );
  });
});
