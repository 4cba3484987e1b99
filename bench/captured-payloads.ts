import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventNames, vendors, type Vendor } from '@chat-webhooks/schemas';
import type { BenchPayload, NotMeasured } from './payloads.js';

// Real deliveries captured from public code, read where they lie and never copied into the repository (others'
// data): ../shared/vendor-docs/captured/<vendor>/<file>.json beside the repository's root, as the validators' tests read them.
export const capturedDir = fileURLToPath(new URL('../../shared/vendor-docs/captured/', import.meta.url));

/**
 * Every captured delivery, its event named by the vendor's discriminator (vendor.json), as the receiver would
 * name it. What cannot be named (not JSON, no discriminator, an event or vendor we do not know) is returned as
 * not measured. A missing folder is warned about loudly: the run goes on without the set.
 */
export function capturedPayloads(): { payloads: BenchPayload[]; notMeasured: NotMeasured[] } {
  const payloads: BenchPayload[] = [];
  const notMeasured: NotMeasured[] = [];
  if (!existsSync(capturedDir)) {
    console.warn(`\n!!! WARNING: no captured deliveries at ${capturedDir}: the "captured" set is NOT measured in this run\n`);
    return { payloads, notMeasured };
  }
  for (const folder of readdirSync(capturedDir)) {
    const facts = vendors.find((candidate) => candidate.id === folder);
    const files = readdirSync(join(capturedDir, folder)).filter((file) => file.endsWith('.json'));
    for (const file of files) {
      const body = readFileSync(join(capturedDir, folder, file), 'utf8');
      const label = `captured: ${folder} ${file} (${Buffer.byteLength(body)} B)`;
      if (!facts) {
        notMeasured.push({ label, reason: `no vendor "${folder}" in @chat-webhooks/schemas` });
        continue;
      }
      const vendor = facts.id as Vendor;
      const name = eventName(body, facts.discriminator);
      if (typeof name !== 'string') notMeasured.push({ label, reason: name.reason });
      else if (!(eventNames(vendor) as readonly string[]).includes(name))
        notMeasured.push({ label, reason: `${vendor} has no event "${name}" (its ${facts.discriminator})` });
      else
        payloads.push({ label: `captured: ${vendor} ${name} ${file} (${Buffer.byteLength(body)} B)`, set: 'captured', vendor, name, body });
    }
  }
  if (payloads.length === 0) console.warn(`\n!!! WARNING: no captured delivery could be read from ${capturedDir}\n`);
  return { payloads, notMeasured };
}

function eventName(body: string, discriminator: string): string | { reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return { reason: `not JSON: ${(error as Error).message}` };
  }
  const name = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>)[discriminator] : undefined;
  return typeof name === 'string' ? name : { reason: `no string "${discriminator}" (the vendor's discriminator) at the top level` };
}
