import { describe, expect, it } from 'vitest';
import { enumMembers, isIntegerEnum } from '../src/index.js';

describe('enumMembers', () => {
  it('pairs each value with its name and meaning, in order', () => {
    const node = {
      type: 'integer',
      enum: [0, 1],
      'x-enum-names': ['Created', 'Joined'],
      'x-enum-descriptions': ['The channel was created.', 'A user joined.'],
    };
    expect(enumMembers(node)).toEqual([
      { value: 0, name: 'Created', description: 'The channel was created.' },
      { value: 1, name: 'Joined', description: 'A user joined.' },
    ]);
  });

  it('leaves a member unnamed when the schema names none or an empty string', () => {
    expect(enumMembers({ enum: ['a', 'b'], 'x-enum-names': ['', 3] })).toEqual([
      { value: 'a', name: undefined, description: undefined },
      { value: 'b', name: undefined, description: undefined },
    ]);
  });

  it('gives no members for a schema without enum', () => {
    expect(enumMembers({ type: 'string' })).toEqual([]);
  });

  it('tells an integer enum from a string enum', () => {
    expect(isIntegerEnum({ type: 'integer', enum: [1] })).toBe(true);
    expect(isIntegerEnum({ type: 'string', enum: ['1'] })).toBe(false);
    expect(isIntegerEnum({ type: 'integer' })).toBe(false);
  });
});
