import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as nexconn from '../src/generated/vendors/nexconn.js';
import * as sendbird from '../src/generated/vendors/sendbird.js';
import * as talkplus from '../src/generated/vendors/talkplus.js';
import * as combined from '../src/index.js';
import { customKeywords, eventNames, getExamples, getSchema, vendors, type Vendor } from '@chat-webhooks/schemas';
import { sign } from '@chat-webhooks/verify';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatAsyncApi, formatRedocly, lintOpenApi, outsideReads, validateAsyncApi } from './official-parsers.js';

// The published package is what is checked: its raw files as a tool reads them, and its built entry points as a
// program imports or requires them (the typed sources only stand in for them where tsc looks, since typecheck runs
// beside the build). Every expectation comes from @chat-webhooks/schemas (the published events and vendor facts).
const require = createRequire(import.meta.url);
const readDocument = (file: string) => JSON.parse(readFileSync(require.resolve(`@chat-webhooks/openapi/${file}`), 'utf8')) as Json;
// A specifier in a variable: resolved at run time through the exports map, never by tsc (dist/ may not exist yet).
const importBuilt = (specifier: string) => import(specifier) as Promise<{ openapi: Json; asyncapi: Json }>;
type Json = { [key: string]: any };

const modules: Record<Vendor, { openapi: Json; asyncapi: Json }> = { nexconn, sendbird, talkplus };
const scopes: { label: string; prefix: string; vendors: Vendor[]; module: { openapi: Json; asyncapi: Json } }[] = [
  { label: 'all vendors', prefix: '', vendors: vendors.map((vendor) => vendor.id as Vendor), module: combined },
  ...vendors.map((vendor) => ({
    label: vendor.id,
    prefix: `${vendor.id}.`,
    vendors: [vendor.id as Vendor],
    module: modules[vendor.id as Vendor],
  })),
];
const factsOf = (vendor: Vendor) => vendors.find((facts) => facts.id === vendor)!;
const typeName = (vendor: Vendor, name: string) => getSchema(vendor, name as never).title as string;

describe.each(scopes)('$label', ({ prefix, vendors: scoped, module }) => {
  const openapi = readDocument(`${prefix}openapi.json`);
  const asyncapi = readDocument(`${prefix}asyncapi.json`);
  const combinedScope = scoped.length > 1;
  const key = (vendor: Vendor, name: string) => (combinedScope ? `${vendor}/${name}` : name);

  it('the built entry points (ESM and CJS) export the same documents as the raw files', async () => {
    const specifier = `@chat-webhooks/openapi${prefix === '' ? '' : `/${prefix.slice(0, -1)}`}`;
    for (const built of [await importBuilt(specifier), require(specifier) as { openapi: Json; asyncapi: Json }]) {
      expect(built.openapi).toEqual(openapi);
      expect(built.asyncapi).toEqual(asyncapi);
    }
    expect(module.openapi).toEqual(openapi);
    expect(module.asyncapi).toEqual(asyncapi);
    expect(openapi.openapi).toBe('3.1.0');
    expect(asyncapi.asyncapi).toBe('3.0.0');
  });

  it('OpenAPI: every event is a webhook, and nothing else is', () => {
    const expected = scoped.flatMap((vendor) => eventNames(vendor).map((name) => key(vendor, name)));
    expect(expected.length).toBeGreaterThan(0);
    expect(Object.keys(openapi.webhooks).sort()).toEqual(expected.sort());
  });

  it('AsyncAPI: every event is a message of its vendor channel, received by an operation, and nothing else is', () => {
    expect(Object.keys(asyncapi.channels).sort()).toEqual([...scoped].sort());
    for (const vendor of scoped) {
      const events = eventNames(vendor).map((name) => typeName(vendor, name));
      const answer = factsOf(vendor).decisions?.answer;
      const channel = asyncapi.channels[vendor];
      expect(Object.keys(channel.messages).sort()).toEqual([...events, ...(answer ? [answer] : [])].sort());
      for (const name of eventNames(vendor)) expect(asyncapi.components.messages[typeName(vendor, name)].name).toBe(name);
      const received = Object.values(asyncapi.operations as Json)
        .filter((operation) => operation.channel.$ref === `#/channels/${vendor}`)
        .flatMap((operation) => {
          expect(operation.action).toBe('receive');
          return operation.messages.map((message: Json) => message.$ref.replace(`#/channels/${vendor}/messages/`, ''));
        });
      expect(received.sort()).toEqual(events.sort());
    }
  });

  it('the official parsers report nothing: Redocly (recommended) and @asyncapi/parser, offline', async () => {
    expect(formatRedocly(await lintOpenApi(openapi))).toEqual([]);
    expect(formatAsyncApi(await validateAsyncApi(asyncapi))).toEqual([]);
    expect(outsideReads).toEqual([]);
    // Offline by construction too: every reference points inside its own document.
    for (const document of [openapi, asyncapi]) expect(JSON.stringify(document).match(/"\$ref":"[^#][^"]*"/g)).toBeNull();
  });

  it('OpenAPI: the signature header is a required parameter with its scheme; the answers are the vendor facts', () => {
    for (const vendor of scoped) {
      const facts = factsOf(vendor);
      const decisions = new Set(facts.decisions?.events ?? []);
      for (const name of eventNames(vendor)) {
        const operation = openapi.webhooks[key(vendor, name)].post;
        expect(operation.externalDocs.url).toBe(getSchema(vendor, name as never)['x-docs-url']);
        const parameters = (operation.parameters ?? []).map(
          (parameter: Json) => openapi.components.parameters[parameter.$ref.replace('#/components/parameters/', '')],
        );
        if (facts.signature.documented) {
          expect(parameters).toEqual([expect.objectContaining({ name: facts.signature.header, in: 'header', required: true })]);
          expect(parameters[0].description).toContain(facts.signature.algorithm);
          expect(parameters[0].description).toContain(facts.signature.encoding);
          // What @chat-webhooks/verify signs fits the documented shape of the header.
          const example = getExamples(vendor, name as never)[0]!;
          expect(sign(vendor, example.body, 'secret')).toMatch(new RegExp(parameters[0].schema.pattern));
        } else {
          expect(parameters).toEqual([]);
        }
        const success = openapi.components.responses[operation.responses['200'].$ref.replace('#/components/responses/', '')];
        if (decisions.has(name)) {
          expect(success.content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${facts.decisions!.answer}` });
        } else {
          expect(success.content).toBeUndefined();
        }
        expect(operation.responses['401'] !== undefined).toBe(facts.signature.documented);
        expect(operation.responses['403'] !== undefined).toBe(facts.sourceAddresses !== undefined);
      }
    }
    if (!combinedScope) expect(openapi.externalDocs.url).toBe(factsOf(scoped[0]!).docsUrl);
  });

  it('AsyncAPI: the synchronous events are answered with the decision (a reply on the same request)', () => {
    for (const vendor of scoped) {
      const decisions = factsOf(vendor).decisions;
      const replies = Object.values(asyncapi.operations as Json).filter(
        (operation) => operation.reply !== undefined && operation.channel.$ref === `#/channels/${vendor}`,
      );
      if (decisions === undefined) {
        expect(replies).toEqual([]);
        continue;
      }
      expect(replies).toHaveLength(1);
      expect(replies[0].reply.messages).toEqual([{ $ref: `#/channels/${vendor}/messages/${decisions.answer}` }]);
      expect(replies[0].messages.map((message: Json) => message.$ref.split('/').pop()).sort()).toEqual(
        decisions.events.map((name) => typeName(vendor, name)).sort(),
      );
    }
  });

  it('the request body schema of every event is the published schema; the AsyncAPI payload is the same schema', () => {
    for (const vendor of scoped) {
      for (const name of eventNames(vendor)) {
        const title = typeName(vendor, name);
        const operation = openapi.webhooks[key(vendor, name)].post;
        expect(operation.requestBody.content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${title}` });
        expect(asyncapi.components.messages[title].payload).toEqual({ $ref: `#/components/schemas/${title}` });
        const { $schema: _dialect, $defs = {}, ...root } = getSchema(vendor, name as never) as Json;
        for (const [definition, schema] of [[title, root], ...Object.entries($defs)] as [string, Json][]) {
          expect(asPublished(openapi.components.schemas[definition], 'openapi'), `${title}: ${definition}`).toEqual(schema);
          expect(asPublished(asyncapi.components.schemas[definition], 'asyncapi'), `${title}: ${definition}`).toEqual(schema);
        }
      }
    }
  });

  it('the request body schema validates like the published schema: every example passes, every mutation gets the same verdict', () => {
    const ajv = new Ajv2020({
      strict: true,
      allErrors: true,
      validateFormats: false,
      allowUnionTypes: true,
      discriminator: true,
      keywords: [...customKeywords, 'components'],
    });
    // ajv implements `discriminator` without `mapping` (it reads each variant's const instead); the mapping itself
    // is checked against those consts below, so leaving it out here changes nothing that is compared.
    ajv.addSchema({ $id: 'https://openapi.test/document.json', components: { schemas: withoutMappings(openapi.components.schemas) } });
    const plain = new Ajv2020({
      strict: true,
      allErrors: true,
      validateFormats: false,
      allowUnionTypes: true,
      keywords: [...customKeywords],
    });
    let checked = 0;
    for (const vendor of scoped) {
      for (const name of eventNames(vendor)) {
        const title = typeName(vendor, name);
        const fromOpenApi = ajv.getSchema(`https://openapi.test/document.json#/components/schemas/${title}`)!;
        const published = plain.compile(getSchema(vendor, name as never));
        for (const example of getExamples(vendor, name as never)) {
          const payload = JSON.parse(example.body) as Json;
          expect(fromOpenApi(payload), `${title} ${example.name}: ${ajv.errorsText(fromOpenApi.errors)}`).toBe(true);
          for (const mutated of mutations(payload)) {
            expect(fromOpenApi(mutated), `${title} ${example.name}: ${JSON.stringify(mutated).slice(0, 200)}`).toBe(published(mutated));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("OpenAPI's discriminator maps each value of a union to the variant that fixes it", () => {
    let unions = 0;
    for (const schema of Object.values(openapi.components.schemas as Json)) {
      if (schema.discriminator === undefined) continue;
      unions++;
      const { propertyName, mapping } = schema.discriminator;
      expect(Object.values(mapping).sort()).toEqual(schema.oneOf.map((branch: Json) => branch.$ref).sort());
      for (const [value, ref] of Object.entries(mapping as Record<string, string>)) {
        expect(openapi.components.schemas[ref.replace('#/components/schemas/', '')].properties[propertyName].const).toBe(value);
      }
    }
    // Sendbird's message events narrow on `type` (MESG, FILE, ADMM).
    if (scoped.includes('sendbird')) expect(unions).toBeGreaterThan(0);
  });
});

describe('the parsers are not silent by accident', () => {
  it('Redocly reports a broken OpenAPI document', async () => {
    const document = structuredClone(sendbird.openapi) as Json;
    const operation = document.webhooks['open_channel:create'].post;
    delete operation.summary;
    operation.requestBody.content['application/json'].examples.broken = { value: { category: 42 } };
    const messages = formatRedocly(await lintOpenApi(document));
    expect(messages.some((message) => message.includes('operation-summary'))).toBe(true);
    expect(messages.some((message) => message.includes('no-invalid-media-type-examples'))).toBe(true);
  });

  it('@asyncapi/parser reports a broken AsyncAPI document', async () => {
    const document = structuredClone(talkplus.asyncapi) as Json;
    document.components.messages.TalkplusMemberAddedEvent.examples.push({ name: 'broken', payload: { event: 42 } });
    delete document.channels.talkplus.messages.TalkplusMessageEvent;
    const messages = formatAsyncApi(await validateAsyncApi(document));
    expect(messages.length).toBeGreaterThan(0);
  });

  it('neither parser follows a reference out of the document: it is recorded, never fetched', async () => {
    const before = outsideReads.length;
    const openapi = structuredClone(talkplus.openapi) as Json;
    openapi.webhooks.message.post.requestBody.content['application/json'].schema = { $ref: 'https://schemas.invalid/event.json' };
    expect((await lintOpenApi(openapi)).length).toBeGreaterThan(0);
    const asyncapi = structuredClone(talkplus.asyncapi) as Json;
    asyncapi.components.messages.TalkplusMessageEvent.payload = { $ref: 'https://schemas.invalid/event.json' };
    expect((await validateAsyncApi(asyncapi)).length).toBeGreaterThan(0);
    expect(outsideReads.slice(before)).toEqual(expect.arrayContaining([expect.stringContaining('schemas.invalid')]));
    outsideReads.splice(before);
  });
});

/** A component schema as @chat-webhooks/schemas publishes it: `$ref`s to `#/$defs/`, without the format's discriminator. */
function asPublished(schema: unknown, format: 'openapi' | 'asyncapi'): unknown {
  if (Array.isArray(schema)) return schema.map((item) => asPublished(item, format));
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(
        ([keyword, value]) => keyword !== 'discriminator' || (format === 'openapi' ? typeof value !== 'object' : typeof value !== 'string'),
      )
      .map(([keyword, value]) => [
        keyword,
        keyword === '$ref'
          ? String(value).replace('#/components/schemas/', '#/$defs/')
          : keyword === 'const' || keyword === 'enum' || keyword === 'examples'
            ? value
            : asPublished(value, format),
      ]),
  );
}

function withoutMappings(schemas: Json): Json {
  return JSON.parse(JSON.stringify(schemas), (keyword, value) => (keyword === 'mapping' ? undefined : value));
}

/** Each top-level property removed, then replaced by a value of the wrong type. */
function mutations(payload: Json): Json[] {
  return Object.keys(payload).flatMap((property) => {
    const { [property]: _removed, ...without } = payload;
    return [without, { ...payload, [property]: { unexpected: [true] } }];
  });
}
