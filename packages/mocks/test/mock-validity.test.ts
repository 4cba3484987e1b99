import fc from 'fast-check';
import { eventNames, vendors, type Vendor } from '@chat-webhooks/schemas';
import { validateEvent } from '@chat-webhooks/validators';
import { describe, expect, it } from 'vitest';
import { mock } from '../src/index.js';

const events = vendors.flatMap((facts) =>
  eventNames(facts.id as Vendor).map((name) => ({ vendor: facts.id as Vendor, name, discriminator: facts.discriminator })),
);

describe('every mock is a valid payload of its event', () => {
  it('covers the 72 events', () => expect(events).toHaveLength(72));

  for (const { vendor, name, discriminator } of events) {
    it(`${vendor} ${name}: 1,000 seeds, each valid in strict mode, with the right discriminator`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.integer(), fc.string()), (seed) => {
          const payload = mock(vendor, name as never, undefined, { seed }) as Record<string, unknown>;
          expect(payload[discriminator]).toBe(name);
          const result = validateEvent(vendor, name as never, payload, { strict: true });
          expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });
  }
});
