import { createHash } from 'node:crypto';
import { walkModel, type VariantsNode } from '@chat-webhooks/schema-toolkit';
import { bundleDefinitions } from './bundle-schemas.ts';
import type { Catalog, CatalogEvent, CatalogVendor } from './load-catalog.ts';
import type { VendorFacts } from './vendor-facts.ts';
import { mapSchema, pointerSegment, type SchemaNode } from './walk-schema.ts';

/**
 * OpenAPI 3.1 (`webhooks`) and AsyncAPI 3.0 descriptions of the catalogue, per vendor and for every vendor at
 * once. One function for both users: @chat-webhooks/openapi publishes the documents and @chat-webhooks/docs serves
 * them as downloads, so both read the catalogue and neither reads the other package's output.
 *
 * The schemas go in as they are: OpenAPI 3.1's schema dialect is JSON Schema 2020-12, and our subset is also valid
 * in AsyncAPI's default schema format (a superset of draft-07: `$defs` is never needed once every definition is a
 * component, and the only sibling of a `$ref` is `description`, an annotation either way). Each named schema
 * becomes one component under its title, its references rewritten to point there; our `x-` annotations stay,
 * as extensions both formats allow.
 */

/** Document file name (`openapi.json`, `sendbird.asyncapi.json`) -> document. */
export type ApiDocumentFiles = Map<string, SchemaNode>;

export interface ApiDocuments {
  openapi: SchemaNode;
  asyncapi: SchemaNode;
}

const PROJECT_URL = 'https://github.com/chat-webhooks/chat-webhooks';
const LICENSE = { name: 'MIT', url: 'https://opensource.org/license/mit' };
const JSON_MEDIA_TYPE = 'application/json';
/** Version of the AsyncAPI HTTP bindings used on operations and messages. */
const HTTP_BINDING_VERSION = '0.3.0';

/** The file of a document: `openapi.json` (every vendor) or `sendbird.openapi.json` (one vendor). */
export function apiDocumentFileName(kind: keyof ApiDocuments, vendor?: string): string {
  return vendor === undefined ? `${kind}.json` : `${vendor}.${kind}.json`;
}

/** The documents of every vendor (`<vendor>.openapi.json`, `<vendor>.asyncapi.json`) and of all of them (`openapi.json`, `asyncapi.json`). */
export function apiDocumentFiles(catalog: Catalog): ApiDocumentFiles {
  const files: ApiDocumentFiles = new Map();
  const add = (documents: ApiDocuments, vendor?: string) => {
    files.set(apiDocumentFileName('openapi', vendor), documents.openapi);
    files.set(apiDocumentFileName('asyncapi', vendor), documents.asyncapi);
  };
  add(buildApiDocuments(catalog.vendors));
  for (const vendor of catalog.vendors) add(buildApiDocuments([vendor]), vendor.id);
  return files;
}

/** The webhook key of an event: its own name in a vendor's document, `<vendor>/<name>` in the combined one (names may repeat across vendors). */
export function webhookKey(event: Pick<CatalogEvent, 'vendor' | 'name'>, combined: boolean): string {
  return combined ? `${event.vendor}/${event.name}` : event.name;
}

/** The OpenAPI and AsyncAPI documents of `vendors`: one vendor's, or several at once (the combined documents). */
export function buildApiDocuments(vendors: readonly CatalogVendor[]): ApiDocuments {
  const combined = vendors.length !== 1;
  const scope = combined
    ? {
        title: `Chat webhooks: ${vendors.map((vendor) => vendor.facts.name).join(', ')}`,
        description: `Every webhook event of ${vendors.map((vendor) => `${vendor.facts.name} (${vendor.events.length})`).join(', ')}, generated from the canonical JSON Schemas of chat-webhooks. Each vendor's own document (\`<vendor>.openapi.json\`) says the same about one vendor.`,
        externalDocs: { description: 'chat-webhooks: the canonical schemas these documents are generated from', url: PROJECT_URL },
      }
    : {
        title: `${vendors[0]!.facts.name} webhooks`,
        description: vendorDescription(vendors[0]!.facts),
        externalDocs: { description: `${vendors[0]!.facts.name} webhook documentation`, url: vendors[0]!.facts.docsUrl },
      };
  const version = catalogueDigest(vendors);
  return {
    openapi: openApiDocument(vendors, combined, scope, version),
    asyncapi: asyncApiDocument(vendors, combined, scope, version),
  };
}

interface Scope {
  title: string;
  description: string;
  externalDocs: { description: string; url: string };
}

/**
 * `info.version`: a digest of what the document describes (facts and schemas), so it changes exactly when a
 * payload or a vendor fact does, and the same schemas always give the same document (no date, no counter).
 */
function catalogueDigest(vendors: readonly CatalogVendor[]): string {
  const hash = createHash('sha256');
  for (const vendor of vendors) hash.update(JSON.stringify([vendor.facts, vendor.events.map((event) => event.schema)]));
  return `schemas-${hash.digest('hex').slice(0, 12)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Schemas

type Discriminator = (variants: VariantsNode) => unknown;

/**
 * Every named schema the vendors' events (and decision answers) use, keyed by title, with each `$ref` pointing at
 * `#/components/schemas/<title>` and, beside each union of variants, the format's own discriminator.
 */
function componentSchemas(vendors: readonly CatalogVendor[], discriminator: Discriminator): Record<string, SchemaNode> {
  const schemas: Record<string, SchemaNode> = {};
  for (const vendor of vendors) {
    const answer = vendor.facts.decisions?.answer;
    const answerKey = [...vendor.index.named.values()].find((named) => named.title === answer)?.key;
    const definitions = bundleDefinitions(vendor.index, [
      ...vendor.events.map((event) => event.path),
      ...(answerKey === undefined ? [] : [answerKey]),
    ]);
    // The vendor's model holds the same definitions at the same pointers (`/$defs/<title>/...`): it names the unions.
    const unions = new Map<string, VariantsNode>();
    for (const node of vendor.model.definitions.values()) {
      walkModel(node, (inner) => {
        if (inner.kind === 'variants') unions.set(inner.pointer, inner);
      });
    }
    for (const [title, definition] of [...definitions].sort(([a], [b]) => a.localeCompare(b))) {
      // Titles carry the vendor's prefix, so vendors never collide; a collision would silently drop a schema.
      if (Object.hasOwn(schemas, title)) throw new Error(`two schemas are titled "${title}"`);
      schemas[title] = mapSchema(definition, (node, pointer) => {
        const union = unions.get(`/$defs/${pointerSegment(title)}${pointer}`);
        const withDiscriminator = union === undefined ? node : { ...node, discriminator: discriminator(union) };
        return typeof node.$ref === 'string' ? { ...withDiscriminator, $ref: componentRef(node.$ref) } : withDiscriminator;
      });
    }
  }
  return schemas;
}

/** `#/$defs/<title>` (how bundles point) -> `#/components/schemas/<title>`. */
function componentRef(ref: string): string {
  return ref.replace(/^#\/\$defs\//, '#/components/schemas/');
}

const schemaRef = (title: string) => ({ $ref: `#/components/schemas/${title}` });

// ---------------------------------------------------------------------------------------------------------------
// OpenAPI 3.1

function openApiDocument(vendors: readonly CatalogVendor[], combined: boolean, scope: Scope, version: string): SchemaNode {
  const parameters: Record<string, SchemaNode> = {};
  const responses: Record<string, SchemaNode> = {};
  const webhooks: Record<string, SchemaNode> = {};
  for (const vendor of vendors) {
    const { facts } = vendor;
    const prefix = facts.typePrefix;
    if (facts.signature.documented) parameters[`${prefix}Signature`] = signatureParameter(facts.signature);
    const answers = vendorResponses(facts);
    for (const [name, response] of Object.entries(answers.components)) responses[`${prefix}${name}`] = response;
    const decisionEvents = new Set(facts.decisions?.events ?? []);
    for (const event of vendor.events) {
      const decides = decisionEvents.has(event.name);
      webhooks[webhookKey(event, combined)] = {
        post: {
          operationId: event.typeName,
          summary: `${facts.name} ${event.name}`,
          description: event.description,
          tags: [tagName(facts, event.group)],
          externalDocs: { description: `${facts.name} documentation of ${event.name}`, url: event.docsUrl },
          ...(facts.signature.documented ? { parameters: [{ $ref: `#/components/parameters/${prefix}Signature` }] } : {}),
          // `security: []`: the signature is a header computed over the body, which no security scheme describes;
          // it is the header parameter above, and the document says so rather than leaving security undefined.
          security: [],
          requestBody: {
            description: `The ${event.name} event, as ${facts.name} POSTs it (JSON, discriminated by \`${facts.discriminator}\`).`,
            required: true,
            content: {
              [JSON_MEDIA_TYPE]: {
                schema: schemaRef(event.typeName),
                examples: Object.fromEntries(
                  event.examples.map((example) => [
                    example.name,
                    { summary: `Documented example (${example.name})`, value: example.payload },
                  ]),
                ),
              },
            },
          },
          responses: Object.fromEntries(
            Object.entries(decides ? answers.decision : answers.event).map(([status, name]) => [
              status,
              { $ref: `#/components/responses/${prefix}${name}` },
            ]),
          ),
        },
      };
    }
  }
  const tags = vendors.flatMap((vendor) =>
    groupsOf(vendor).map(([group, events]) => ({
      name: tagName(vendor.facts, group),
      description: `${vendor.facts.name} events of the ${group} group: ${events.map((event) => `\`${event.name}\``).join(', ')}.`,
      externalDocs: { description: `${vendor.facts.name} webhook documentation`, url: vendor.facts.docsUrl },
    })),
  );
  return {
    openapi: '3.1.0',
    info: { title: scope.title, version, description: scope.description, license: LICENSE },
    externalDocs: scope.externalDocs,
    tags,
    // Redoc (and tools that follow it) group the tags by vendor in the combined document.
    ...(combined
      ? {
          'x-tagGroups': vendors.map((vendor) => ({
            name: vendor.facts.name,
            tags: groupsOf(vendor).map(([group]) => tagName(vendor.facts, group)),
          })),
        }
      : {}),
    webhooks,
    components: {
      schemas: componentSchemas(vendors, (union) => ({
        propertyName: union.discriminator,
        // OpenAPI's implicit mapping would look for a schema named after each value (`MESG`): map each explicitly.
        mapping: Object.fromEntries(union.variants.map((variant) => [String(variant.value), `#/components/schemas/${variant.title}`])),
      })),
      ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
      responses,
    },
  };
}

function tagName(facts: VendorFacts, group: string): string {
  return `${facts.name} ${group}`;
}

/** A vendor's events by group, in catalogue order. */
function groupsOf(vendor: CatalogVendor): [string, CatalogEvent[]][] {
  const groups = new Map<string, CatalogEvent[]>();
  for (const event of vendor.events) groups.set(event.group, [...(groups.get(event.group) ?? []), event]);
  return [...groups];
}

type Signature = Extract<VendorFacts['signature'], { documented: true }>;

/** The signature header, the scheme spelled out: what is signed, with which key, how the digest is encoded. */
function signatureParameter(signature: Signature): SchemaNode {
  return {
    name: signature.header,
    in: 'header',
    required: true,
    description: signatureDescription(signature),
    // An HMAC-SHA256 digest is 32 bytes: 64 lower-case hex digits, or 44 characters of padded base64.
    schema: { type: 'string', pattern: signature.encoding === 'hex' ? '^[0-9a-f]{64}$' : '^[A-Za-z0-9+/]{43}=$' },
  };
}

function signatureDescription(signature: Signature): string {
  return [
    `${signature.algorithm} of ${lowerFirst(signature.signedContent)} Encoding: ${signature.encoding}. Key: ${lowerFirst(signature.key)}`,
    ...(signature.notes ?? []),
  ].join('\n\n');
}

function lowerFirst(text: string): string {
  return text.replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase());
}

/**
 * The answers a receiver gives, as components: the acknowledgement (or, for synchronous events, the decision),
 * and the refusals of a receiver that checks what the vendor documents (the statuses @chat-webhooks/receiver uses).
 * An authentic body that does not match its schema is still acknowledged: vendors add fields without notice.
 */
function vendorResponses(facts: VendorFacts): {
  components: Record<string, SchemaNode>;
  event: Record<string, string>;
  decision: Record<string, string>;
} {
  const refusals: Record<string, string> = { '400': 'NotJson' };
  const components: Record<string, SchemaNode> = {
    Acknowledged: {
      description: [
        `Received. Any 2xx tells ${facts.name} the delivery arrived; no body is expected. An authentic body that does not match the schema is acknowledged too (and reported), never refused: ${facts.name} adds fields without notice.`,
        retryText(facts),
      ].join('\n\n'),
    },
    NotJson: { description: 'The body is not JSON: a receiver refuses it.' },
  };
  if (facts.signature.documented) {
    components.SignatureRejected = {
      description: `The \`${facts.signature.header}\` header is missing, repeated or does not verify against the raw body: the request did not come from ${facts.name} (or was altered).`,
    };
    refusals['401'] = 'SignatureRejected';
  }
  if (facts.sourceAddresses !== undefined) {
    components.SourceRejected = {
      description: `The request does not come from one of ${facts.name}'s ${facts.sourceAddresses.addresses.length} published source addresses (a receiver that restricts sources refuses it before reading the body).`,
    };
    refusals['403'] = 'SourceRejected';
  }
  const decision: Record<string, string> = {};
  if (facts.decisions !== undefined) {
    components.Decision = {
      description: [
        `The decision ${facts.name} waits for, within ${facts.decisions.timeoutSeconds} seconds.`,
        ...(facts.decisions.notes ?? []),
      ].join('\n\n'),
      content: {
        [JSON_MEDIA_TYPE]: {
          schema: schemaRef(facts.decisions.answer),
          examples: { default: { summary: 'The answer that changes nothing', value: facts.decisions.default } },
        },
      },
    };
    Object.assign(decision, { '200': 'Decision', ...refusals });
  }
  return { components, event: { '200': 'Acknowledged', ...refusals }, decision };
}

function retryText(facts: VendorFacts): string {
  const { retry } = facts;
  const known = [
    retry.timeoutSeconds === undefined ? undefined : `waits ${retry.timeoutSeconds} seconds for an answer`,
    retry.maxAttempts === undefined ? undefined : `delivers the same body ${retry.maxAttempts} times at most`,
    retry.retryDelaySeconds === undefined ? undefined : `retries ${retry.retryDelaySeconds} seconds later`,
  ].filter((part) => part !== undefined);
  const summary = known.length > 0 ? `${facts.name} ${known.join(', ')}.` : `${facts.name} does not document its timeout and retries.`;
  return [summary, ...(retry.notes ?? [])].join(' ');
}

/** The vendor's facts as Markdown: what the document's `info.description` says about deliveries. */
function vendorDescription(facts: VendorFacts): string {
  const headers = Object.entries(facts.delivery.headers).map(([name, value]) => `- \`${name}\`: ${value}`);
  const sections = [
    facts.description,
    `The \`${facts.discriminator}\` property names the event: each webhook of this document is one of its values.`,
    [
      '## Delivery',
      `HTTP ${facts.delivery.method} with these headers:`,
      headers.join('\n'),
      ...(facts.delivery.notes ?? []).map((note) => `- ${note}`),
    ].join('\n\n'),
    ['## Signature', facts.signature.documented ? signatureDescription(facts.signature) : facts.signature.notes.join(' ')].join('\n\n'),
    ['## Retries', retryText(facts)].join('\n\n'),
  ];
  if (facts.sourceAddresses !== undefined) {
    sections.push(
      [
        '## Source addresses',
        `Read on ${facts.sourceAddresses.readOn} from ${facts.sourceAddresses.docsUrl}: ${facts.sourceAddresses.addresses.map((address) => `\`${address}\``).join(', ')}.`,
        ...(facts.sourceAddresses.notes ?? []),
      ].join('\n\n'),
    );
  }
  if (facts.decisions !== undefined) {
    sections.push(
      [
        '## Synchronous events',
        `${facts.decisions.events.map((name) => `\`${name}\``).join(', ')}: answered with a \`${facts.decisions.answer}\`.`,
        ...(facts.decisions.notes ?? []),
      ].join('\n\n'),
    );
  }
  return sections.join('\n\n');
}

// ---------------------------------------------------------------------------------------------------------------
// AsyncAPI 3.0

/**
 * One channel per vendor (the endpoint its dashboard points at: every event arrives there), one message per
 * event, `receive` operations. AsyncAPI has no discriminator for messages, so the identifying field is said
 * three ways: the message's `name` is the event name (the discriminator's value), its payload fixes the
 * discriminator with a `const`, and the vendor's message trait declares which property it is (`x-discriminator`,
 * with the signature header and the HTTP binding every message of the vendor shares). Inside payloads, unions of
 * variants carry the AsyncAPI Schema Object's own `discriminator` (a property name).
 */
function asyncApiDocument(vendors: readonly CatalogVendor[], combined: boolean, scope: Scope, version: string): SchemaNode {
  const channels: Record<string, SchemaNode> = {};
  const operations: Record<string, SchemaNode> = {};
  const messages: Record<string, SchemaNode> = {};
  const messageTraits: Record<string, SchemaNode> = {};
  for (const vendor of vendors) {
    const { facts } = vendor;
    const traitName = `${facts.typePrefix}Webhook`;
    messageTraits[traitName] = messageTrait(facts);
    const channelMessages: Record<string, SchemaNode> = {};
    for (const event of vendor.events) {
      messages[event.typeName] = {
        name: event.name,
        title: `${facts.name} ${event.name}`,
        summary: firstSentence(event.description),
        description: event.description,
        payload: schemaRef(event.typeName),
        traits: [{ $ref: `#/components/messageTraits/${traitName}` }],
        externalDocs: { description: `${facts.name} documentation of ${event.name}`, url: event.docsUrl },
        examples: event.examples.map((example) => ({
          name: example.name,
          summary: `Documented example (${example.name})`,
          payload: example.payload,
        })),
      };
      channelMessages[event.typeName] = { $ref: `#/components/messages/${event.typeName}` };
    }
    const decisions = facts.decisions;
    if (decisions !== undefined) {
      messages[decisions.answer] = {
        name: decisions.answer,
        title: `${facts.name} decision`,
        summary: `The answer to a synchronous event, in the HTTP response (200).`,
        description: [`${facts.name} waits ${decisions.timeoutSeconds} seconds for it.`, ...(decisions.notes ?? [])].join('\n\n'),
        contentType: JSON_MEDIA_TYPE,
        payload: schemaRef(decisions.answer),
        examples: [{ name: 'default', summary: 'The answer that changes nothing', payload: decisions.default }],
      };
      channelMessages[decisions.answer] = { $ref: `#/components/messages/${decisions.answer}` };
    }
    channels[vendor.id] = {
      // null: the address is yours (the URL entered in the vendor's dashboard), unknown to this document.
      address: null,
      title: `${facts.name} webhook endpoint`,
      description: `The URL you give ${facts.name}: every event arrives there as an HTTP ${facts.delivery.method}, and \`${facts.discriminator}\` tells them apart.`,
      messages: channelMessages,
    };
    const channel = { $ref: `#/channels/${vendor.id}` };
    const messageRef = (name: string) => ({ $ref: `#/channels/${vendor.id}/messages/${name}` });
    const deciding = new Set(decisions?.events ?? []);
    const bindings = { http: { method: facts.delivery.method, bindingVersion: HTTP_BINDING_VERSION } };
    operations[`receive${facts.typePrefix}Events`] = {
      action: 'receive',
      channel,
      title: `Receive ${facts.name} events`,
      summary: `Every ${facts.name} event${deciding.size > 0 ? ' but the synchronous ones' : ''}: answer 2xx at once.`,
      description: retryText(facts),
      bindings,
      messages: vendor.events.filter((event) => !deciding.has(event.name)).map((event) => messageRef(event.typeName)),
    };
    if (decisions !== undefined) {
      operations[`decide${facts.typePrefix}Events`] = {
        action: 'receive',
        channel,
        title: `Decide ${facts.name} synchronous events`,
        summary: `${facts.name} holds the message until the HTTP response carries a decision.`,
        description: (decisions.notes ?? []).join('\n\n'),
        bindings,
        messages: vendor.events.filter((event) => deciding.has(event.name)).map((event) => messageRef(event.typeName)),
        // The answer travels back in the HTTP response to the same request.
        reply: { channel, messages: [messageRef(decisions.answer)] },
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: scope.title,
      version,
      description: scope.description,
      license: LICENSE,
      externalDocs: scope.externalDocs,
      ...(combined
        ? {
            tags: vendors.map((vendor) => ({
              name: vendor.facts.name,
              description: `${vendor.facts.name} webhooks`,
              externalDocs: { url: vendor.facts.docsUrl },
            })),
          }
        : {}),
    },
    defaultContentType: JSON_MEDIA_TYPE,
    channels,
    operations,
    components: {
      schemas: componentSchemas(vendors, (union) => union.discriminator),
      messages,
      messageTraits,
    },
  };
}

/** What every message of a vendor shares: content type, signature header, HTTP binding and the identifying field. */
function messageTrait(facts: VendorFacts): SchemaNode {
  const signature = facts.signature;
  return {
    contentType: JSON_MEDIA_TYPE,
    description: `A ${facts.name} webhook delivery. The \`${facts.discriminator}\` property of the payload names the event: its value is the message's \`name\`.`,
    'x-discriminator': facts.discriminator,
    ...(signature.documented
      ? {
          headers: {
            type: 'object',
            required: [signature.header],
            properties: {
              [signature.header]: { ...(signatureParameter(signature).schema as SchemaNode), description: signatureDescription(signature) },
            },
          },
        }
      : {}),
    bindings: { http: { bindingVersion: HTTP_BINDING_VERSION } },
  };
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;
}
