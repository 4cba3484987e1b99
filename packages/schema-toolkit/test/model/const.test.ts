import { describe, expect, it } from 'vitest';
import { readRoot } from './read-root.js';

describe('const definitions', () => {
  it('valid with a string value', () => {
    expect(readRoot({ const: 'member_added', description: 'Event name.' })).toEqual({
      kind: 'const',
      pointer: '',
      description: 'Event name.',
      value: 'member_added',
    });
  });

  it('valid with null as the value', () => {
    expect(readRoot({ const: null })).toEqual({ kind: 'const', pointer: '', value: null });
  });

  it('rejects an items keyword beside a const', () => {
    expect(() => readRoot({ const: 1, items: {} })).toThrow(/\/items: "items" does not apply to a const schema/);
  });
});
