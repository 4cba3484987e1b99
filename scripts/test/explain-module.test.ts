import { describe, expect, it } from 'vitest';
import { explainModule } from '../lib/explain/explain-module.ts';
import { validatorBundle } from '../lib/validator-bundle.ts';

/** The JSON text a generated explain module ships. */
function shipped(module: string): Record<string, any> {
  const literal = /^const bundle = (".*");$/m.exec(module)?.[1];
  expect(literal, 'the module declares its bundle as one string').toBeDefined();
  return JSON.parse(JSON.parse(literal!));
}

const event = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', format: 'uri', description: 'an annotation' }, user: { $ref: '#/$defs/User' } },
  $defs: { User: { type: 'object', properties: { name: { type: 'string' } } } },
};

describe('explainModule', () => {
  it('ships the validator bundle without annotations and formats', () => {
    const data = shipped(explainModule('test', validatorBundle(event), { explain: '#' }));
    expect(data.properties.id).toEqual({ type: 'string' });
    expect(data.$defs.User.properties).toEqual({ name: { type: 'string' } });
  });

  it('writes a strict mark that lists exactly the own properties as true, and keeps any other list', () => {
    const data = shipped(explainModule('test', validatorBundle(event), { explain: '#' }));
    expect(data['x-strict-properties']).toBe(true);
    const withVariants = shipped(
      explainModule('test', { ...validatorBundle(event), 'x-strict-properties': ['id', 'user', 'kind'] }, { explain: '#' }),
    );
    expect(withVariants['x-strict-properties']).toEqual(['id', 'user', 'kind']);
  });

  it('exports one explainer per entry, by reference into the bundle', () => {
    const module = explainModule('test', validatorBundle(event), { explainEvent: '#', explainUser: '#/$defs/User' });
    expect(module).toContain('export const explainEvent: Explain = /* @__PURE__ */ explainer(bundle, "#");');
    expect(module).toContain('export const explainUser: Explain = /* @__PURE__ */ explainer(bundle, "#/$defs/User");');
  });

  it('rejects a keyword the interpreter does not read, naming it, where it is and what to do', () => {
    const bundle = { ...event, properties: { ...event.properties, tags: { type: 'array', uniqueItems: true } } };
    expect(() => explainModule('test', validatorBundle(bundle), { explain: '#' })).toThrow(
      /test: the explainer cannot read keyword "uniqueItems" at \/properties\/tags; teach packages\/validators\/src\/core\/explain\.ts and the fast path, then list it in scripts\/lib\/validator-keywords\.ts/,
    );
  });
});
