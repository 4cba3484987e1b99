import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../lib/load-catalog.ts';
import { schemasDir } from '../lib/paths.ts';
import type { SchemaProblem } from '../lib/problem.ts';

// Each test copies the real tree, breaks one thing and expects the check to name the file, the pointer and the fix.
let root: string;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function brokenTree(edits: Record<string, (schema: any) => unknown>): SchemaProblem[] {
  root = mkdtempSync(join(tmpdir(), 'check-schemas-'));
  cpSync(schemasDir, join(root, 'schemas'), { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(root, 'schemas', path);
    const result = edit(JSON.parse(readFileSync(file, 'utf8')));
    writeFileSync(file, typeof result === 'string' ? result : JSON.stringify(result, null, 2));
  }
  return loadCatalog({ repoRoot: root, schemasDir: join(root, 'schemas') }).problems;
}

const MEMBER_ADDED = 'talkplus/member/member_added.schema.json';

describe('check:schemas', () => {
  it('accepts the real tree: every convention holds and every example validates, lenient and strict', () => {
    const { catalog, problems } = loadCatalog();
    expect(problems).toEqual([]);
    expect(catalog.events).toHaveLength(72);
    expect(catalog.events.every((event) => event.examples.length > 0)).toBe(true);
  });

  it('rejects an event without a title', () => {
    const problems = brokenTree({ [MEMBER_ADDED]: ({ title: _title, ...rest }) => rest });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `schemas/${MEMBER_ADDED}`, pointer: '/title', fix: 'set "title": "TalkplusMemberAddedEvent"' }),
    );
  });

  it('rejects an event without a description', () => {
    const problems = brokenTree({ [MEMBER_ADDED]: ({ description: _description, ...rest }) => rest });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `schemas/${MEMBER_ADDED}`, pointer: '', message: 'the schema has no description' }),
    );
  });

  it('rejects a property without a description', () => {
    const problems = brokenTree({
      'talkplus/common/user.schema.json': (schema) => {
        delete schema.properties.username.description;
        return schema;
      },
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'schemas/talkplus/common/user.schema.json',
        pointer: '/properties/username',
        message: 'property "username" has no description',
      }),
    );
  });

  it('rejects a discriminator that is not a const', () => {
    const problems = brokenTree({
      [MEMBER_ADDED]: (schema) => {
        schema.properties.event = { type: 'string', description: 'Event name.' };
        return schema;
      },
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ pointer: '/properties/event', message: 'the discriminator "event" must be a "const"' }),
    );
  });

  it('rejects a file name that does not match the discriminator', () => {
    const problems = brokenTree({
      [MEMBER_ADDED]: (schema) => {
        schema.properties.event.const = 'member_add';
        return schema;
      },
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `schemas/${MEMBER_ADDED}`,
        pointer: '/properties/event/const',
        message: 'the discriminator is "member_add" but the file\'s path (member/member_added.schema.json) names the event "member_added"',
      }),
    );
  });

  it('rejects a dangling $ref', () => {
    const problems = brokenTree({
      [MEMBER_ADDED]: (schema) => {
        schema.properties.channel.$ref = '../common/chanel.schema.json';
        return schema;
      },
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `schemas/${MEMBER_ADDED}`,
        pointer: '/properties/channel/$ref',
        message: 'dangling $ref "../common/chanel.schema.json": nothing at schemas/talkplus/common/chanel.schema.json',
      }),
    );
  });

  it('rejects a keyword outside the subset', () => {
    const problems = brokenTree({
      [MEMBER_ADDED]: (schema) => ({ ...schema, allOf: [{ $ref: '../common/user.schema.json' }] }),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ pointer: '/allOf', message: 'keyword "allOf" is outside the supported subset' }),
    );
  });

  it('rejects a schema that ajv refuses in strict mode', () => {
    const problems = brokenTree({
      [MEMBER_ADDED]: (schema) => {
        // `minItems` on a property that is not declared an array: strict mode's "strictTypes" refuses it.
        schema.properties.appId.minItems = 1;
        return schema;
      },
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `schemas/${MEMBER_ADDED}`,
        message: expect.stringMatching(/^ajv refuses the bundled schema in strict mode: strict mode: .*minItems/),
      }),
    );
  });

  it('rejects a schema that is not valid JSON Schema, pointing at the file at fault', () => {
    const problems = brokenTree({
      [MEMBER_ADDED]: (schema) => {
        schema.properties.appId.type = 'text';
        return schema;
      },
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `schemas/${MEMBER_ADDED}`, message: expect.stringMatching(/^ajv refuses the schema: .*type/) }),
    );
  });

  it('rejects an example that does not validate, naming the path inside the payload', () => {
    const example = 'talkplus/member/member_added.examples/docs.json';
    const problems = brokenTree({
      [example]: (payload) => {
        payload.channel.memberCount = '1';
        return payload;
      },
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `schemas/${example}`,
        pointer: '/channel/memberCount',
        message: expect.stringContaining('/channel/memberCount must be integer'),
      }),
    );
  });

  it('rejects an example carrying a property the schema lacks (strict flavour)', () => {
    const example = 'sendbird/open_channel/create.examples/docs.json';
    const problems = brokenTree({ [example]: (payload) => ({ ...payload, undocumented: true }) });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `schemas/${example}`, message: expect.stringContaining('strict (unknown properties rejected)') }),
    );
  });

  it('rejects an integer enum without member names', () => {
    const problems = brokenTree({
      'nexconn/open_channel/operation.schema.json': (schema) => {
        delete schema.$defs.operationType['x-enum-names'];
        return schema;
      },
    });
    expect(problems).toContainEqual(expect.objectContaining({ pointer: '/$defs/operationType/x-enum-names' }));
  });

  const MESSAGE_SEND = 'sendbird/group_channel/message_send.schema.json';

  it('rejects a oneOf whose branches are not references to variants', () => {
    const problems = brokenTree({
      [MESSAGE_SEND]: (schema) => ({
        ...schema,
        oneOf: [...schema.oneOf.slice(1), { type: 'object', properties: { type: { const: 'X', description: 'x' } } }],
      }),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `schemas/${MESSAGE_SEND}`, pointer: '/oneOf', message: expect.stringContaining('bare "$ref"') }),
    );
  });

  it('rejects variants that share no discriminator (each required, each a different const)', () => {
    const problems = brokenTree({
      'sendbird/common/file-message.schema.json': (schema) => ({
        ...schema,
        properties: { ...schema.properties, type: { const: 'MESG', description: 'the same const as the text variant' } },
      }),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `schemas/${MESSAGE_SEND}`,
        pointer: '/oneOf',
        message: expect.stringContaining('share no property'),
      }),
    );
  });

  it('rejects a property declared both beside the variants and in them', () => {
    const problems = brokenTree({
      [MESSAGE_SEND]: (schema) => ({ ...schema, properties: { ...schema.properties, payload: { type: 'object', description: 'again' } } }),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ pointer: '/oneOf', message: '"payload" is declared both here and in a variant' }),
    );
  });

  it('checks an example against the variant its discriminator selects, in both flavours', () => {
    const example = 'sendbird/group_channel/message_send.examples/file.json';
    const asText = brokenTree({ [example]: (payload) => ({ ...payload, type: 'MESG' }) });
    expect(asText).toContainEqual(
      expect.objectContaining({ file: `schemas/${example}`, message: expect.stringContaining('strict (unknown properties rejected)') }),
    );
    const textInFile = brokenTree({
      [example]: (payload) => ({ ...payload, payload: { ...payload.payload, message: 'a file has no text' } }),
    });
    expect(textInFile).toContainEqual(
      expect.objectContaining({ file: `schemas/${example}`, pointer: '/payload', message: expect.stringContaining('"message"') }),
    );
    const unknownKind = brokenTree({ [example]: (payload) => ({ ...payload, type: 'POLL' }) });
    expect(unknownKind).toContainEqual(
      expect.objectContaining({ file: `schemas/${example}`, message: expect.stringContaining('lenient') }),
    );
  });

  it('rejects "additionalProperties": false in a canonical schema', () => {
    const problems = brokenTree({ 'sendbird/common/user.schema.json': (schema) => ({ ...schema, additionalProperties: false }) });
    expect(problems).toContainEqual(
      expect.objectContaining({ pointer: '/additionalProperties', fix: 'remove "additionalProperties": false' }),
    );
  });

  it('hands out the typed model of every event and vendor', () => {
    const { catalog } = loadCatalog();
    const event = catalog.events.find((candidate) => candidate.vendor === 'talkplus' && candidate.name === 'member_added')!;
    expect(event.model.root).toMatchObject({ kind: 'object', title: 'TalkplusMemberAddedEvent' });
    const vendor = catalog.vendors.find((candidate) => candidate.id === 'talkplus')!;
    expect(vendor.model.definition('TalkplusMemberAddedEvent')).toMatchObject({
      kind: 'object',
      pointer: '/$defs/TalkplusMemberAddedEvent',
    });
  });

  it('rejects a shape the schema model does not know, naming the pointer', () => {
    const problems = brokenTree({
      [MEMBER_ADDED]: (schema) => {
        // ajv accepts a union of array and string (allowUnionTypes); no generator knows how to render it.
        schema.properties.appId = { ...schema.properties.appId, type: ['array', 'string'], items: { type: 'string' } };
        return schema;
      },
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `schemas/${MEMBER_ADDED}`,
        pointer: '/properties/appId/type',
        message: expect.stringContaining('the schema model refuses it'),
      }),
    );
  });

  it('names the shared file when the shape the schema model refuses is in a shared definition', () => {
    const problems = brokenTree({
      'talkplus/common/user.schema.json': (schema) => {
        schema.properties.username = { ...schema.properties.username, type: ['array', 'string'], items: { type: 'string' } };
        return schema;
      },
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'schemas/talkplus/common/user.schema.json',
        pointer: '/$defs/TalkplusUser/properties/username/type',
      }),
    );
  });

  it('rejects a file that is not JSON', () => {
    const problems = brokenTree({ [MEMBER_ADDED]: () => '{ "title": "x", // comment\n}' });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `schemas/${MEMBER_ADDED}`, message: expect.stringMatching(/^not valid JSON/) }),
    );
  });

  it('rejects a vendor.json that breaks scripts/vendor.schema.json', () => {
    const problems = brokenTree({ 'nexconn/vendor.json': ({ discriminator: _d, ...rest }) => rest });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'schemas/nexconn/vendor.json', message: "vendor.json must have required property 'discriminator'" }),
    );
  });

  it('prints every problem with file, pointer and fix, and exits 1', () => {
    brokenTree({ [MEMBER_ADDED]: ({ title: _title, ...rest }) => rest });
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, '..', 'check-schemas.ts'), join(root, 'schemas')],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `schemas/${MEMBER_ADDED}#/title\n  title is undefined, expected "TalkplusMemberAddedEvent"\n  fix: set "title": "TalkplusMemberAddedEvent"`,
    );
  });
});
