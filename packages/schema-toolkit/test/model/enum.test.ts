import { describe, expect, it } from 'vitest';
import { readRoot } from './read-root.js';

describe('enum definitions', () => {
  it('valid integer enum with names and meanings', () => {
    const model = readRoot({
      title: 'Kind',
      type: 'integer',
      enum: [0, 1],
      'x-enum-names': ['Open', 'Group'],
      'x-enum-descriptions': ['An open channel.', 'A group channel.'],
    });
    expect(model).toEqual({
      kind: 'enum',
      pointer: '',
      title: 'Kind',
      types: ['integer'],
      members: [
        { value: 0, name: 'Open', description: 'An open channel.' },
        { value: 1, name: 'Group', description: 'A group channel.' },
      ],
    });
  });

  it('valid string enum without names', () => {
    expect(readRoot({ type: 'string', enum: ['a', 'b'] })).toMatchObject({
      kind: 'enum',
      types: ['string'],
      members: [
        { value: 'a', name: undefined },
        { value: 'b', name: undefined },
      ],
    });
  });

  it('rejects an enum that is not an array', () => {
    expect(() => readRoot({ enum: 'a' })).toThrow(/\/enum: "enum" must be an array/);
  });

  it('rejects string constraints beside an enum', () => {
    expect(() => readRoot({ type: 'string', enum: ['a'], minLength: 1 })).toThrow(/"minLength" does not apply to a enum schema/);
  });
});
