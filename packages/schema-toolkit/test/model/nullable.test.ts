import { describe, expect, it } from 'vitest';
import { readRoot } from './read-root.js';

describe('nullable oneOf definitions', () => {
  it('valid as a nullable reference', () => {
    expect(
      readRoot({ oneOf: [{ $ref: '#/$defs/M' }, { type: 'null' }], description: 'Last message.' }, { M: { title: 'M', type: 'object' } }),
    ).toEqual({
      kind: 'nullable',
      pointer: '',
      description: 'Last message.',
      of: { kind: 'ref', pointer: '/oneOf/0', target: 'M', toRoot: false },
    });
  });

  it('valid with the null branch first', () => {
    expect(readRoot({ oneOf: [{ type: 'null' }, { type: 'string' }] })).toMatchObject({
      kind: 'nullable',
      of: { kind: 'scalar', pointer: '/oneOf/1' },
    });
  });

  it('rejects two branches besides null', () => {
    expect(() => readRoot({ oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] })).toThrow(
      /\/oneOf: a nullable oneOf has exactly one branch/,
    );
  });
});
