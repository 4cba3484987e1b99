import { describe, expect, it } from 'vitest';
import { readSchemaModel } from '../../src/index.js';
import { readRoot } from './read-root.js';

describe('ref definitions', () => {
  it('valid pointing at a definition, with its own description', () => {
    const model = readRoot({ $ref: '#/$defs/User', description: 'The sender.' }, { User: { title: 'User', type: 'object' } });
    expect(model).toEqual({ kind: 'ref', pointer: '', description: 'The sender.', target: 'User', toRoot: false });
  });

  it('valid pointing at the root of a recursive schema', () => {
    const bundle = { title: 'Tree', type: 'object', properties: { children: { type: 'array', items: { $ref: '#' } } } };
    const model = readSchemaModel(bundle);
    const children = model.root?.kind === 'object' ? model.root.properties[0]!.node : undefined;
    const item = children?.kind === 'array' ? children.items : undefined;
    expect(item).toMatchObject({ kind: 'ref', target: 'Tree', toRoot: true });
    expect(model.resolve(item!)).toBe(model.root);
  });

  it('resolves a chain of references to the definition', () => {
    const model = readSchemaModel({ $defs: { A: { $ref: '#/$defs/B' }, B: { title: 'B', type: 'string' } } });
    expect(model.resolve(model.definition('A'))).toBe(model.definition('B'));
  });

  it('rejects a dangling reference, naming its pointer', () => {
    expect(() => readRoot({ type: 'object', properties: { a: { $ref: '#/$defs/Missing' } } })).toThrow(
      /\/properties\/a\/\$ref: dangling \$ref "#\/\$defs\/Missing"/,
    );
  });

  it('rejects a reference to another file', () => {
    expect(() => readRoot({ $ref: '../common/user.schema.json' })).toThrow(/is not of the bundle form/);
  });

  it('rejects constraints beside a reference', () => {
    expect(() => readRoot({ $ref: '#/$defs/A', minLength: 1 }, { A: { type: 'string' } })).toThrow(
      /"minLength" does not apply to a ref schema/,
    );
  });

  it('rejects references that only point at each other when resolved', () => {
    const model = readSchemaModel({ $defs: { A: { $ref: '#/$defs/B' }, B: { $ref: '#/$defs/A' } } });
    expect(() => model.resolve(model.definition('A'))).toThrow(/references that only point at each other/);
  });
});
