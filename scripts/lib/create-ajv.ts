import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import { CUSTOM_KEYWORDS } from '@chat-webhooks/schema-toolkit';

/**
 * The one ajv configuration of the repository, shared by the convention check and every generator,
 * so what check:schemas accepts is what the published validators compile.
 * `format` is an annotation (a hint for mocks and docs), never asserted: vendors send "" for absent URLs.
 */
export function createAjv(options: Options = {}): Ajv2020 {
  return new Ajv2020({
    strict: true,
    allErrors: true,
    validateFormats: false,
    // Variants (scripts/lib/variants.ts) get ajv's `discriminator` keyword when compiled.
    discriminator: true,
    // Some fields are documented as one of two types (a string or a boolean): `type: ["string", "boolean"]`.
    allowUnionTypes: true,
    keywords: [...CUSTOM_KEYWORDS],
    ...options,
  });
}
