import { STRICT_PROPERTIES_KEYWORD } from './strict-properties-keyword.ts';

/**
 * The keywords both halves of a validator implement, the fast path (scripts/lib/fast-path/emit-fast-check.ts) and
 * the explainer (packages/validators/src/core/explain.ts), listed on purpose rather than derived from the subset's
 * keyword list: a keyword added to the subset stops the build of either half until both implement it and it is
 * listed here. The tests hold both to ajv's verdicts on the keywords listed.
 */
export const VALIDATOR_KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'oneOf',
  'discriminator',
  '$ref',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  STRICT_PROPERTIES_KEYWORD,
]);
