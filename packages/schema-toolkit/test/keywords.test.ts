import { describe, expect, it } from 'vitest';
import { ALLOWED_KEYWORDS, ANNOTATION_KEYWORDS, CUSTOM_KEYWORDS, MOCK_KEYWORDS, STANDARD_KEYWORDS } from '../src/index.js';

describe('keyword lists', () => {
  it('allows exactly the standard keywords and our own annotations', () => {
    expect([...ALLOWED_KEYWORDS].sort()).toEqual([...STANDARD_KEYWORDS, ...CUSTOM_KEYWORDS].sort());
  });

  it('names only allowed keywords as annotations and as what mocks read', () => {
    for (const keyword of [...ANNOTATION_KEYWORDS, ...MOCK_KEYWORDS]) expect(ALLOWED_KEYWORDS.has(keyword), keyword).toBe(true);
  });

  it('never strips a keyword that constrains validation', () => {
    for (const keyword of [
      'type',
      'const',
      'enum',
      'properties',
      'required',
      'additionalProperties',
      'items',
      'oneOf',
      '$ref',
      'minLength',
      'maxLength',
    ]) {
      expect(ANNOTATION_KEYWORDS.has(keyword), keyword).toBe(false);
    }
  });
});
