import { describe, expect, it } from 'vitest';
import { parseWebhook } from '../src/index.js';
import { captured } from './captured.js';

describe.skipIf(captured.length === 0)('real captured deliveries', () => {
  for (const { vendor, file, body } of captured) {
    it(`${vendor} ${file} validates leniently, as the receiver would take it`, () => {
      const result = parseWebhook(vendor, body);
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(`${vendor} ${result.name}`).toBe(`${vendor} ${file.split('.').slice(0, 2).join(':')}`);
    });
  }

  it('reports the drift the strict validators find in them (properties no schema declares)', () => {
    const drift = captured.flatMap(({ vendor, file, body }) => {
      const result = parseWebhook(vendor, body, { strict: true });
      return result.ok ? [] : result.errors.map((error) => `${vendor}/${file}: ${error.message}`);
    });
    console.info(`captured deliveries: ${captured.length}, strict drift: ${drift.length === 0 ? 'none' : `\n  ${drift.join('\n  ')}`}`);
    // Drift is reported, not failed: vendors add fields without notice. Every entry names a real property.
    for (const line of drift) expect(line).toMatch(/is not in the schema|must be/);
  });
});
