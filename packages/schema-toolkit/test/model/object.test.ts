import { describe, expect, it } from 'vitest';
import { SchemaModelError } from '../../src/index.js';
import { readRoot } from './read-root.js';

describe('object definitions', () => {
  it('valid with only required properties', () => {
    expect(readRoot({ type: 'object', properties: { id: { type: 'string' } }, required: ['id'] })).toEqual({
      kind: 'object',
      pointer: '',
      properties: [{ name: 'id', required: true, node: { kind: 'scalar', pointer: '/properties/id', types: ['string'] } }],
      required: ['id'],
      additionalProperties: undefined,
      nullable: false,
    });
  });

  it('valid with optional properties, kept in the order written', () => {
    const model = readRoot({ type: 'object', properties: { b: { type: 'integer' }, a: { type: 'boolean' } }, required: ['a'] });
    expect(model.kind === 'object' && model.properties.map(({ name, required }) => [name, required])).toEqual([
      ['b', false],
      ['a', true],
    ]);
  });

  it('valid as a map of typed values', () => {
    const model = readRoot({ type: 'object', additionalProperties: { type: 'string' } });
    expect(model).toMatchObject({
      kind: 'object',
      properties: [],
      additionalProperties: { kind: 'scalar', types: ['string'], pointer: '/additionalProperties' },
    });
  });

  it('valid as a nullable map of anything', () => {
    expect(readRoot({ type: ['object', 'null'], additionalProperties: {} })).toMatchObject({
      kind: 'object',
      nullable: true,
      additionalProperties: { kind: 'any' },
    });
  });

  it('escapes property names in pointers', () => {
    const model = readRoot({ type: 'object', properties: { 'a/b': { type: 'string' } } });
    expect(model.kind === 'object' && model.properties[0]!.node.pointer).toBe('/properties/a~1b');
  });

  it('rejects "additionalProperties": false', () => {
    expect(() => readRoot({ type: 'object', additionalProperties: false })).toThrow(/\/additionalProperties: canonical schemas stay open/);
  });

  it('rejects a required list that is not names', () => {
    expect(() => readRoot({ type: 'object', required: [1] })).toThrow(SchemaModelError);
  });

  it('rejects a keyword of another kind, naming its pointer', () => {
    expect(() => readRoot({ type: 'object', properties: { n: { type: 'object', minLength: 1 } } })).toThrow(
      '@chat-webhooks/schema-toolkit: /properties/n/minLength: "minLength" does not apply to a object schema here',
    );
  });

  it('rejects a keyword outside the subset', () => {
    expect(() => readRoot({ type: 'object', allOf: [] })).toThrow(/\/allOf: keyword "allOf" is outside the supported subset/);
  });
});
