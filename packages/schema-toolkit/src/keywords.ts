/** Annotation keywords of our own (docs/schema-conventions.md); validators ignore them. */
export const CUSTOM_KEYWORDS = ['x-docs-url', 'x-enum-names', 'x-enum-descriptions', 'x-mock'] as const;

/** The JSON Schema keywords every tool in this repository handles the same way. */
export const STANDARD_KEYWORDS = [
  '$schema',
  '$ref',
  '$defs',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'oneOf',
  'format',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'examples',
  'default',
] as const;

/** Keywords that never change a validation result: dropped from validators, kept for types and docs. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'examples',
  'default',
  '$schema',
  ...CUSTOM_KEYWORDS,
]);

export const ALLOWED_KEYWORDS: ReadonlySet<string> = new Set([...STANDARD_KEYWORDS, ...CUSTOM_KEYWORDS]);

/** What mock generation reads; everything else (descriptions, docs links) stays out of the mocks package. */
export const MOCK_KEYWORDS: ReadonlySet<string> = new Set([
  '$ref',
  'type',
  'const',
  'enum',
  'oneOf',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'minLength',
  'examples',
  'x-mock',
] satisfies ((typeof STANDARD_KEYWORDS)[number] | (typeof CUSTOM_KEYWORDS)[number])[]);
