import type { ValidationResult } from '@chat-webhooks/validators';
import { generateValue, type MockDefinitions } from './generate-value.js';
import { mergeOverrides } from './merge-overrides.js';
import { MockValidationError } from './mock-validation-error.js';
import { createRandom } from './random.js';
import { DEFAULT_SEED, type MockFactory, type Vendor, type WebhookEventMap, type WebhookEventName } from './types.js';

/**
 * A factory for one event: generates from the event's schema (`definitions[title]`) with a seeded random
 * source, merges the overrides, and checks the result with the event's precompiled validator.
 */
export function createMockFactory<V extends Vendor, N extends WebhookEventName<V>>(
  vendor: V,
  name: N,
  title: string,
  definitions: MockDefinitions,
  validate: (payload: unknown) => ValidationResult<V, N>,
): MockFactory<V, N> {
  return (overrides, options) => {
    const generated = generateValue({ $ref: `#/$defs/${title}` }, definitions, createRandom(options?.seed ?? DEFAULT_SEED), overrides);
    const payload = overrides === undefined ? generated : mergeOverrides(generated, overrides);
    if (!options?.allowInvalid) {
      const result = validate(payload);
      if (!result.ok) throw new MockValidationError(vendor, name, result.errors);
    }
    return payload as WebhookEventMap[V][N];
  };
}
