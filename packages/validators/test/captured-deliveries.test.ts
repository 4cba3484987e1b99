import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebhook, type Vendor } from '../src/index.js';

// Real deliveries captured from public code, kept outside the repository (others' data, read where it is):
// ../shared/vendor-docs/captured/<vendor>/<event>.<year>.json beside the repository's root.
const capturedDir = new URL('../../../../shared/vendor-docs/captured/', import.meta.url).pathname;

const captured = existsSync(capturedDir)
  ? readdirSync(capturedDir).flatMap((vendor) =>
      readdirSync(join(capturedDir, vendor))
        .filter((file) => file.endsWith('.json'))
        .map((file) => ({ vendor: vendor as Vendor, file, body: readFileSync(join(capturedDir, vendor, file)) })),
    )
  : [];

if (captured.length === 0) {
  const message = `captured deliveries: none found at ${capturedDir}`;
  if (process.env.CI) throw new Error(`${message}; CI must have ../shared next to the repository`);
  console.warn(`\n!!! SKIPPED: ${message}\n`);
}

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
