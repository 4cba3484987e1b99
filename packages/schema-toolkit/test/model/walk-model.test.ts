import { describe, expect, it } from 'vitest';
import { nodesByPointer, readSchemaModel, referencedTitles, walkModel, type NodeKind } from '../../src/index.js';

const bundle = {
  title: 'Event',
  type: 'object',
  properties: {
    user: { $ref: '#/$defs/User' },
    tags: { type: 'array', items: { type: 'string' } },
    last: { oneOf: [{ $ref: '#/$defs/Message' }, { type: 'null' }] },
    meta: { type: 'object', additionalProperties: { $ref: '#/$defs/User' } },
  },
  $defs: {
    User: { title: 'User', type: 'object', properties: { id: { type: 'string' } } },
    Message: {
      title: 'Message',
      type: 'object',
      properties: { kind: { type: 'string' } },
      oneOf: [{ $ref: '#/$defs/Text' }, { $ref: '#/$defs/File' }],
    },
    Text: { title: 'Text', type: 'object', properties: { kind: { const: 'text' } }, required: ['kind'] },
    File: { title: 'File', type: 'object', properties: { kind: { const: 'file' } }, required: ['kind'] },
  },
};

describe('walking the model', () => {
  it('visits every node below, depth first, without following references', () => {
    const kinds: NodeKind[] = [];
    walkModel(readSchemaModel(bundle).root!, (node) => kinds.push(node.kind));
    expect(kinds).toEqual(['object', 'ref', 'array', 'scalar', 'nullable', 'ref', 'object', 'ref']);
  });

  it('lists the titles a definition uses, references and variants, once each', () => {
    const model = readSchemaModel(bundle);
    expect(referencedTitles(model.root!)).toEqual(['User', 'Message']);
    expect(referencedTitles(model.definition('Message'))).toEqual(['Text', 'File']);
  });
});

describe('nodes by pointer', () => {
  it('finds every node of the root and the definitions at its pointer', () => {
    const model = readSchemaModel(bundle);
    const nodes = nodesByPointer(model);
    expect(nodes.get('/properties/tags/items')).toMatchObject({ kind: 'scalar', types: ['string'] });
    expect(nodes.get('/$defs/Message')).toBe(model.definition('Message'));
    expect(nodes.get('/properties/last/oneOf/0')).toMatchObject({ kind: 'ref', target: 'Message' });
    expect(nodes.has('/properties/nope')).toBe(false);
  });
});
