import { describe, expect, it } from 'vitest';
import { readSchemaModel } from '../../src/index.js';

const text = { title: 'Text', type: 'object', properties: { type: { const: 'MESG' }, payload: { type: 'string' } }, required: ['type'] };
const file = { title: 'File', type: 'object', properties: { type: { const: 'FILE' }, url: { type: 'string' } }, required: ['type', 'url'] };
const parent = {
  title: 'Message',
  type: 'object',
  properties: { id: { type: 'integer' } },
  required: ['id'],
  oneOf: [{ $ref: '#/$defs/Text' }, { $ref: '#/$defs/File' }],
};

describe('variants definitions', () => {
  it('valid with a discriminator fixed by every variant', () => {
    const model = readSchemaModel({ ...parent, $defs: { File: file, Text: text } });
    expect(model.root).toMatchObject({
      kind: 'variants',
      discriminator: 'type',
      required: ['id'],
      properties: [{ name: 'id', required: true }],
    });
    const variants = model.root?.kind === 'variants' ? model.root.variants : [];
    expect(variants.map(({ title, value }) => [title, value])).toEqual([
      ['Text', 'MESG'],
      ['File', 'FILE'],
    ]);
    expect(variants[0]!.node).toBe(model.definition('Text'));
  });

  it('keeps the definitions in bundle order even when a variant is read first', () => {
    const model = readSchemaModel({ $defs: { Message: parent, Text: text, File: file } });
    expect([...model.definitions.keys()]).toEqual(['Message', 'Text', 'File']);
  });

  it('rejects variants that share no discriminator', () => {
    const same = { ...file, properties: { ...file.properties, type: { const: 'MESG' } } };
    expect(() => readSchemaModel({ ...parent, $defs: { Text: text, File: same } })).toThrow(/\/oneOf: the variants share no discriminator/);
  });

  it('rejects a branch that is not a bare reference', () => {
    expect(() =>
      readSchemaModel({
        ...parent,
        oneOf: [{ $ref: '#/$defs/Text', description: 'x' }, { $ref: '#/$defs/File' }],
        $defs: { Text: text, File: file },
      }),
    ).toThrow(/\/oneOf\/0: a variant is a bare/);
  });

  it('rejects a variant that is not an object', () => {
    expect(() => readSchemaModel({ ...parent, $defs: { Text: { type: 'string' }, File: file } })).toThrow(
      /variant Text must be an object schema/,
    );
  });
});
