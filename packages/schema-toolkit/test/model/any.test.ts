import { describe, expect, it } from 'vitest';
import { readSchemaModel, SchemaModelError } from '../../src/index.js';
import { readRoot } from './read-root.js';

describe('any definitions and bundles', () => {
  it('valid as an empty schema with a description', () => {
    expect(readRoot({ description: 'Anything.' })).toEqual({ kind: 'any', pointer: '', description: 'Anything.' });
  });

  it('valid as a bundle of definitions only, without a root', () => {
    const model = readSchemaModel({ $defs: { A: { title: 'A', type: 'string' } } });
    expect(model.root).toBeUndefined();
    expect(model.definition('A')).toMatchObject({ kind: 'scalar', pointer: '/$defs/A' });
  });

  it('rejects an unknown definition by title', () => {
    expect(() => readSchemaModel({ $defs: {} }).definition('Nope')).toThrow(SchemaModelError);
  });

  it('rejects a bundle that is not an object', () => {
    expect(() => readSchemaModel([])).toThrow('@chat-webhooks/schema-toolkit: /: a bundle must be a JSON Schema object');
  });

  it('rejects a schema that is not an object, naming its pointer', () => {
    expect(() => readSchemaModel({ $defs: { A: true } })).toThrow(/\/\$defs\/A: a schema must be an object/);
  });
});
