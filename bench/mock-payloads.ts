import { mock } from '@chat-webhooks/mocks';
import { eventNames, vendors, type Vendor } from '@chat-webhooks/schemas';
import type { BenchPayload, NotMeasured } from './payloads.js';

// Payloads the bench's authors never tuned for: one @chat-webhooks/mocks payload per event, so every event is
// measured at least once. `mock()` has no "every optional property" switch; an optional property shows up in
// about 60% of draws, so of SEEDS fixed seeds the largest body (the first one on a tie) stands in for the fullest
// payload. Deterministic: the same seeds give the same bytes on every machine.
const SEEDS = 16;

export function mockPayloads(): { payloads: BenchPayload[]; notMeasured: NotMeasured[] } {
  const payloads: BenchPayload[] = [];
  const notMeasured: NotMeasured[] = [];
  for (const facts of vendors) {
    const vendor = facts.id as Vendor;
    for (const name of eventNames(vendor)) {
      try {
        let best = { seed: 0, body: '' };
        for (let seed = 1; seed <= SEEDS; seed++) {
          const body = JSON.stringify(mock(vendor, name as never, undefined, { seed }));
          if (body.length > best.body.length) best = { seed, body };
        }
        const label = `mock: ${vendor} ${name} seed ${best.seed} (${Buffer.byteLength(best.body)} B)`;
        payloads.push({ label, set: 'mock', vendor, name, body: best.body });
      } catch (error) {
        notMeasured.push({ label: `mock: ${vendor} ${name}`, reason: `mock() threw: ${(error as Error).message.split('\n')[0]}` });
      }
    }
  }
  return { payloads, notMeasured };
}
