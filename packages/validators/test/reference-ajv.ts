import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { customKeywords, getSchema } from '@chat-webhooks/schemas';
import { withDiscriminators } from './with-discriminators.js';

/**
 * The oracle of the validators' tests: ajv compiling the published schema at run time, with every error, and
 * the discriminator the generated code uses beside each union (same verdicts, only the selected variant's errors).
 */
const ajv = new Ajv2020({
  strict: true,
  allErrors: true,
  validateFormats: false,
  allowUnionTypes: true,
  discriminator: true,
  keywords: [...customKeywords],
});

/** ajv's validators of one event, lenient and strict (its published strict flavour). */
export function referenceValidators(vendor: string, name: string): { lenient: ValidateFunction; strict: ValidateFunction } {
  return {
    lenient: ajv.compile(withDiscriminators(getSchema(vendor as never, name as never))),
    strict: ajv.compile(withDiscriminators(getSchema(vendor as never, name as never, { strict: true }))),
  };
}
