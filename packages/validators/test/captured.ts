import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Vendor } from '../src/index.js';

// Real deliveries captured from public code, kept outside the repository (others' data, read where it is):
// ../shared/vendor-docs/captured/<vendor>/<event>.<year>.json beside the repository's root.
const capturedDir = new URL('../../../../shared/vendor-docs/captured/', import.meta.url).pathname;

/** Every captured delivery, its raw body as bytes; none (with a loud warning, or an error under CI) when the folder is missing. */
export const captured: { vendor: Vendor; file: string; body: Buffer }[] = existsSync(capturedDir)
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
