import { annotationKeywords, vendorFacts } from './generated/vendors.js';
import type { VendorFacts } from './model.js';

export type { VendorFacts } from './model.js';
export type { EventName, Vendor } from './generated/vendors.js';

/** Every vendor with its webhook facts: discriminator, signature scheme, retry policy, docs. */
export const vendors: readonly VendorFacts[] = vendorFacts;

/**
 * The keywords our schemas carry beyond JSON Schema (documentation and mock hints, never validation).
 * Register them when compiling with ajv in strict mode: `new Ajv2020({ allowUnionTypes: true, keywords: [...customKeywords] })`
 * (`allowUnionTypes`: a few fields are documented as, say, a string or a boolean).
 */
export const customKeywords: readonly string[] = annotationKeywords;
