import { describe, expect, it } from 'vitest';
import { readRoot } from './read-root.js';

describe('array definitions', () => {
  it('valid with items and bounds', () => {
    expect(readRoot({ type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3 })).toEqual({
      kind: 'array',
      pointer: '',
      items: { kind: 'scalar', pointer: '/items', types: ['string'] },
      nullable: false,
      minItems: 1,
      maxItems: 3,
    });
  });

  it('valid without items (anything goes) and nullable', () => {
    expect(readRoot({ type: ['array', 'null'] })).toMatchObject({ kind: 'array', items: undefined, nullable: true });
  });

  it('rejects a bound that is not a number', () => {
    expect(() => readRoot({ type: 'array', minItems: '1' })).toThrow(/\/minItems: "minItems" must be a number/);
  });

  it('rejects an array type mixed with a scalar type', () => {
    expect(() => readRoot({ type: ['array', 'string'] })).toThrow(/\/type: .* mixes array with other types/);
  });
});
