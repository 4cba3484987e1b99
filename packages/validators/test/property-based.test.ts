import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSomeErrors } from '../src/core/format-errors.js';
import type { EventValidator } from '../src/core/event-validator.js';
import type { RawError, ValidationError } from '../src/core/types.js';
import { parseWebhook, validate, validateEvent } from '../src/index.js';
import { onePerEvent } from './examples.js';
import { applyMutations, mutationsOf } from './mutations.js';
import { referenceValidators } from './reference-ajv.js';
import { referenceCollapseOneOf } from './reference-collapse.js';

const vendors = ['sendbird', 'talkplus', 'nexconn'] as const;

describe('property-based', () => {
  it('validate never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...vendors), fc.jsonValue(), fc.boolean(), (vendor, value, strict) => {
        expect(validate(vendor, value, { strict }).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseWebhook never throws on arbitrary byte strings or texts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...vendors),
        fc.oneof(fc.uint8Array({ maxLength: 512 }), fc.string({ unit: 'binary' }), fc.json()),
        (vendor, body) => {
          const result = parseWebhook(vendor, body);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 3000 },
    );
  });

  // The generated validators (fast path, explainer reading the shipped schema, our error wording) must accept and
  // reject exactly what ajv compiling the published schema at run time does, with the same errors.
  const sorted = (errors: ValidationError[]) => errors.map((error) => `${error.path} ${error.keyword} ${error.message}`).sort();

  for (const { vendor, name, payload } of onePerEvent) {
    it(`${vendor} ${name}: precompiled validators (vendor module and event module) agree with ajv's run-time compile on mutated payloads`, async () => {
      // The per-event entry point has its own copy of the compiled code, not the vendor module's.
      const eventFile = new URL(`../src/generated/${vendor}/${name.replaceAll(':', '.')}.ts`, import.meta.url).href;
      const eventModule = (await import(/* @vite-ignore */ eventFile)) as Record<string, unknown>;
      const eventValidator = Object.values(eventModule).find(
        (value): value is EventValidator<typeof vendor, never> => typeof value === 'object' && value !== null && 'is' in value,
      )!;
      const runtime = referenceValidators(vendor, name);
      fc.assert(
        fc.property(mutationsOf(payload), fc.boolean(), (mutations, strict) => {
          const root = applyMutations(payload, mutations);
          // Every error (maxErrors: Infinity) to compare with ajv; the default keeps the first 20 of them.
          const ours = validateEvent(vendor, name as never, root, { strict, maxErrors: Infinity });
          const compiled = strict ? runtime.strict : runtime.lenient;
          expect(ours.ok).toBe(compiled(root));
          if (!ours.ok) {
            const theirs = formatSomeErrors(referenceCollapseOneOf((compiled.errors ?? []) as RawError[]), root, Infinity).errors;
            expect(sorted(ours.errors)).toEqual(sorted(theirs));
            const bounded = validateEvent(vendor, name as never, root, { strict });
            expect(bounded).toEqual({ ...ours, errors: ours.errors.slice(0, 20), ...(ours.errors.length > 20 ? { truncated: true } : {}) });
          }
          expect(eventValidator.validate(root, { strict, maxErrors: Infinity })).toEqual(ours);
        }),
        { numRuns: 250 },
      );
    });
  }
});
