import { describe, expect, it } from 'vitest';
import { readRoot } from './read-root.js';

describe('scalar definitions', () => {
  it('valid string with constraints and every annotation', () => {
    const schema = {
      type: 'string',
      minLength: 1,
      maxLength: 8,
      pattern: '^a',
      title: 'Id',
      description: 'An id.',
      'x-docs-url': 'https://example.test/#id',
      examples: ['abc'],
      default: 'a',
      format: 'uuid',
      'x-mock': 'short-id',
    };
    expect(readRoot(schema)).toEqual({
      kind: 'scalar',
      pointer: '',
      types: ['string'],
      minLength: 1,
      maxLength: 8,
      pattern: '^a',
      title: 'Id',
      description: 'An id.',
      docsUrl: 'https://example.test/#id',
      examples: ['abc'],
      default: 'a',
      format: 'uuid',
      mock: 'short-id',
    });
  });

  it('valid nullable integer with bounds', () => {
    expect(readRoot({ type: ['integer', 'null'], minimum: 0, maximum: 9 })).toEqual({
      kind: 'scalar',
      pointer: '',
      types: ['integer', 'null'],
      minimum: 0,
      maximum: 9,
    });
  });

  it('valid union of two scalar types', () => {
    expect(readRoot({ type: ['string', 'boolean'] })).toMatchObject({ kind: 'scalar', types: ['string', 'boolean'] });
  });

  it('rejects an unknown type', () => {
    expect(() => readRoot({ type: 'date' })).toThrow(/\/type: unknown type "date"/);
  });

  it('rejects an annotation of the wrong type', () => {
    expect(() => readRoot({ type: 'string', description: 3 })).toThrow(/\/description: "description" must be a string/);
  });

  it('rejects a pattern that is not a string', () => {
    expect(() => readRoot({ type: 'string', pattern: 3 })).toThrow(/\/pattern: "pattern" must be a string/);
  });
});
