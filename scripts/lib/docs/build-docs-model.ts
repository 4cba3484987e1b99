import { readSchemaModel } from '@chat-webhooks/schema-toolkit';
import { apiDownloads, type DocsDownload } from './downloads.ts';
import { bundleEvent } from '../bundle-schemas.ts';
import { eventModuleNames } from '../event-module-names.ts';
import type { Catalog, CatalogEvent, CatalogVendor } from '../load-catalog.ts';
import { flattenEventSchema, type FieldRow, type NamedType } from './field-rows.ts';
import { projectInfo, type ProjectInfo } from './project-info.ts';
import type { VendorFacts } from '../vendor-facts.ts';

export type { DocsDownload } from './downloads.ts';
export type { EnumValue, FieldRow, NamedType } from './field-rows.ts';

/**
 * The docs model: everything the Markdown and the HTML renderers print, built once from the catalogue.
 * Renderers never read schemas; they format this model.
 */
export interface DocsModel {
  project: ProjectInfo;
  vendors: DocsVendor[];
  /** Every event of every vendor, in vendor order. */
  events: DocsEvent[];
}

/** A piece of code shown with a copy button. */
export interface Snippet {
  language: 'ts' | 'json' | 'sh';
  code: string;
}

/** A vendor as the pages show it: its facts (vendor.json), reshaped for rendering. */
export interface DocsVendor extends Pick<VendorFacts, 'id' | 'name' | 'typePrefix' | 'description' | 'docsUrl' | 'discriminator'> {
  /** How a schema file path spells the event name, in words. */
  eventNaming: string;
  delivery: { method: string; headers: { name: string; value: string }[]; notes: string[] };
  signature:
    | { documented: true; header: string; algorithm: string; encoding: string; key: string; signedContent: string; notes: string[] }
    | { documented: false; notes: string[] };
  retry: {
    documented: boolean;
    timeoutSeconds?: number;
    maxAttempts?: number;
    retryDelaySeconds?: number;
    notes: string[];
    summary: string;
  };
  /** What the vendor's documentation leaves out, each as a short sentence. */
  undocumented: string[];
  /** How to check a delivery's signature with @chat-webhooks/verify (or why it cannot be). */
  verifySnippet: Snippet;
  events: DocsEvent[];
  /** The events by the folder that holds their schemas (Sendbird: the category's prefix), in catalogue order. */
  groups: DocsEventGroup[];
  /** The addresses the vendor's webhooks come from, when it publishes them (vendor.json `sourceAddresses`). */
  sourceAddresses?: DocsSourceAddresses;
  /** Synchronous events answered with a decision, when the vendor has any (vendor.json `decisions`). */
  decisions?: DocsDecisions;
  /** The vendor's own OpenAPI and AsyncAPI documents. */
  downloads: DocsDownload[];
}

/** The published source addresses and how a receiver uses them. */
export interface DocsSourceAddresses {
  /** The page that lists them. */
  docsUrl: string;
  /** When they were read there: `2026-11-29`. */
  readOn: string;
  addresses: string[];
  /** The vendor's facts about them (vendor.json). */
  notes: string[];
  /** How @chat-webhooks/receiver uses them, each a short paragraph with `code` spans. */
  usage: string[];
  receiverSnippet: Snippet;
}

/** Synchronous events: the vendor waits for the answer, which is a decision. */
export interface DocsDecisions {
  /** The events answered with a decision, in vendor.json order, with their page slug. */
  events: { name: string; slug: string }[];
  answer: DocsAnswerType;
  /** How long the vendor waits for one attempt's answer. */
  timeoutSeconds: number;
  /** How many times the vendor sends the same delivery at most (first attempt included). */
  maxAttempts?: number;
  /** The decision that changes nothing, answered when no handler decides in time: `{"pass":1}`. */
  defaultJson: string;
  /** The receiver's default `decisionTimeoutMs`: below the vendor's timeout. */
  deadlineMs: number;
  /** What the vendor does with the answer and with a late one, in a sentence or two. */
  summary: string;
  /** How @chat-webhooks/receiver answers: deadline, default decision, retries. */
  receiver: string;
  /** For the retries of the vendor page: the synchronous events have their own timeout. */
  retryNote: string;
  /** The vendor's facts about them (vendor.json). */
  notes: string[];
  /** A receiver that decides (on the vendor page: one event; on an event page: that event). */
  receiverSnippet: Snippet;
}

/** The shared definition a synchronous event is answered with. */
export interface DocsAnswerType {
  /** The schema title: `NexconnPreMessagingDecision`. */
  title: string;
  /** `type-NexconnPreMessagingDecision`: where an event page shows it. */
  anchor: string;
  description: string;
  /** Schema file of the definition, relative to the repository root. */
  schemaPath: string;
  /** Its properties (nested ones expanded in place), as the field tables show them; anchors `answer-<path>`. */
  fields: FieldRow[];
}

/** What an event page says about its answer when the event is synchronous: the vendor's decisions, with a snippet for this event. */
export interface DocsEventDecision extends Omit<DocsDecisions, 'events'> {
  /** The answer type is already a named type of the event's own tables (then the page links to it instead of showing it again). */
  answerOnPage: boolean;
}

export interface DocsEventGroup {
  /** The folder name: `group_channel`. */
  id: string;
  /** `Group channel`. */
  title: string;
  events: DocsEvent[];
}

export interface DocsExample {
  /** File name without `.json`. */
  name: string;
  /** Path relative to the repository root. */
  path: string;
  /** The payload, indented by two spaces. */
  json: string;
  /** The file is not printed as is (a signed body kept byte for byte on one line, say): say where the exact bytes are. */
  reindented: boolean;
}

export interface StrictError {
  path: string;
  keyword: 'additionalProperties';
  message: string;
}

export interface DocsEvent {
  vendor: string;
  vendorName: string;
  /** The vendor's discriminator value: `member_added`, `open_channel:create`. */
  name: string;
  /** `open_channel.create`: file names and subpaths (':' spelled '.'). */
  slug: string;
  typeName: string;
  group: string;
  description: string;
  docsUrl: string;
  /** Schema file, relative to the repository root. */
  schemaPath: string;
  discriminator: string;
  /** How the event reaches a receiver: method, discriminator value, retry summary. */
  delivery: string;
  fields: FieldRow[];
  types: NamedType[];
  examples: DocsExample[];
  /** What strict mode reports for the first example with an unknown property `zz` added to a nested object. */
  strictError: StrictError;
  /** Paths of free-form maps: strict mode accepts any key in them. */
  mapPaths: string[];
  snippets: { typeImport: Snippet; validate: Snippet; parseWebhook: Snippet; strict: Snippet };
  /** Set when the vendor waits for a decision as the answer to this event (vendor.json `decisions`). */
  decision?: DocsEventDecision;
}

export function buildDocsModel(catalog: Catalog): DocsModel {
  const vendors = catalog.vendors.map(buildVendor);
  return {
    project: projectInfo(vendors.map((vendor) => ({ id: vendor.id, name: vendor.name, events: vendor.events.length }))),
    vendors,
    events: vendors.flatMap((vendor) => vendor.events),
  };
}

function buildVendor(vendor: CatalogVendor): DocsVendor {
  const { facts } = vendor;
  const retry = { ...facts.retry, notes: facts.retry.notes ?? [], summary: retrySummary(facts.name, facts.retry) };
  const signature = facts.signature.documented
    ? { ...facts.signature, notes: facts.signature.notes ?? [] }
    : { documented: false as const, notes: facts.signature.notes };
  const docsVendor: DocsVendor = {
    id: vendor.id,
    name: facts.name,
    typePrefix: facts.typePrefix,
    description: facts.description,
    docsUrl: facts.docsUrl,
    discriminator: facts.discriminator,
    eventNaming:
      facts.eventName === '{group}:{file}'
        ? `\`<group>/<file>.schema.json\` is the event \`<group>:<file>\` (the \`${facts.discriminator}\` value).`
        : `\`<group>/<event>.schema.json\` is the event \`<event>\` (the \`${facts.discriminator}\` value); the group folder only sorts the files.`,
    delivery: {
      method: facts.delivery.method,
      headers: Object.entries(facts.delivery.headers).map(([name, value]) => ({ name, value })),
      notes: facts.delivery.notes ?? [],
    },
    signature,
    retry,
    undocumented: undocumented(facts),
    verifySnippet: verifySnippet(vendor),
    events: [],
    groups: [],
    downloads: apiDownloads(facts.name, vendor.id),
  };
  if (facts.sourceAddresses) docsVendor.sourceAddresses = buildSourceAddresses(vendor, facts.sourceAddresses);
  docsVendor.events = vendor.events.map((event) => buildEvent(docsVendor, event));
  if (facts.decisions) {
    const decisions = buildDecisions(vendor, facts.decisions, docsVendor.events);
    docsVendor.decisions = decisions;
    const { events: _events, ...shared } = decisions;
    for (const event of docsVendor.events) {
      if (!facts.decisions.events.includes(event.name)) continue;
      // A synchronous event has a documented deadline, whatever the vendor's general retry policy says.
      event.delivery = deliveryText(
        docsVendor,
        event.name,
        `${facts.name} waits ${decisions.timeoutSeconds} s for the answer, a decision (below).`,
      );
      event.decision = {
        ...shared,
        answerOnPage: event.types.some((type) => type.title === decisions.answer.title),
        receiverSnippet: decisionSnippet(vendor, event.name, 'event'),
      };
    }
  }
  docsVendor.groups = groupEvents(docsVendor.events);
  return docsVendor;
}

/** How a receiver proves who it talks to with the published addresses, for the vendor page. */
function buildSourceAddresses(vendor: CatalogVendor, source: NonNullable<VendorFacts['sourceAddresses']>): DocsSourceAddresses {
  const { facts } = vendor;
  return {
    docsUrl: source.docsUrl,
    readOn: source.readOn,
    addresses: source.addresses,
    notes: source.notes ?? [],
    usage: [
      `\`createReceiver({ vendor: '${vendor.id}', allowSourceIps: 'vendor' })\` answers 403 to a request from any other address, before it reads the body or runs a handler. Pass your own list instead of \`'vendor'\` to narrow it (addresses or CIDR blocks, IPv4 or IPv6).`,
      `Behind a proxy or load balancer the peer is the proxy: set \`trustProxy\` to the number of proxies in front of the server, and the address is read from \`X-Forwarded-For\`, that many entries from the right. Without \`trustProxy\`, \`X-Forwarded-For\` is ignored (anyone can send it).`,
      `${facts.name} may change the list: it was read on ${source.readOn}. When deliveries start to get 403, compare it with the vendor's page.`,
    ],
    receiverSnippet: {
      language: 'ts',
      code: `import { createReceiver } from '@chat-webhooks/receiver';

const receiver = createReceiver({
  vendor: '${vendor.id}',
  allowSourceIps: 'vendor', // the ${source.addresses.length} addresses above; any other gets 403
  // trustProxy: 1, // behind one proxy or load balancer: its X-Forwarded-For entry
${authenticationLine(vendor)}
});
`,
    },
  };
}

/**
 * The authentication option of a receiver snippet: the secret; for a vendor that signs nothing, nothing more than
 * `allowSourceIps` (which the snippets carry where the vendor publishes addresses), else the named opt-out.
 */
function authenticationLine(vendor: CatalogVendor): string {
  const { facts } = vendor;
  if (facts.signature.documented) return `  secret: process.env.${vendor.id.toUpperCase()}_SECRET!,`;
  return facts.sourceAddresses
    ? `  // ${facts.name} documents no signature scheme: the source address is the check, and all the receiver needs`
    : `  unsafeSkipVerification: true, // ${facts.name} documents no signature scheme: or pass \`verify\`, your own check`;
}

/** `{ pass: 1 }`: a decision as TypeScript writes it. */
function objectLiteral(value: Record<string, unknown>): string {
  const entries = Object.entries(value).map(
    ([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${JSON.stringify(item)}`,
  );
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/** The receiver's default decision deadline: 4 s, and always below the vendor's own timeout. */
function receiverDeadlineMs(timeoutSeconds: number): number {
  return Math.min(4000, timeoutSeconds * 1000 - 500);
}

function buildDecisions(vendor: CatalogVendor, decisions: NonNullable<VendorFacts['decisions']>, events: DocsEvent[]): DocsDecisions {
  const { facts } = vendor;
  const deadlineMs = receiverDeadlineMs(decisions.timeoutSeconds);
  const defaultJson = JSON.stringify(decisions.default);
  const attempts =
    decisions.maxAttempts === undefined
      ? `An answer later than ${decisions.timeoutSeconds} s counts as none.`
      : `An answer later than ${decisions.timeoutSeconds} s counts as none: ${facts.name} sends the same delivery again, ${decisions.maxAttempts} attempts in all.`;
  return {
    events: decisions.events.map((name) => {
      const event = events.find((candidate) => candidate.name === name);
      if (!event) throw new Error(`docs: ${facts.name} vendor.json decisions lists "${name}", which is not an event of the catalogue`);
      return { name, slug: event.slug };
    }),
    answer: answerType(vendor, decisions.answer),
    timeoutSeconds: decisions.timeoutSeconds,
    ...(decisions.maxAttempts === undefined ? {} : { maxAttempts: decisions.maxAttempts }),
    defaultJson,
    deadlineMs,
    summary: `${facts.name} waits for the answer before it goes on: HTTP 200 with a \`${decisions.answer}\` as the JSON body, within ${decisions.timeoutSeconds} s. ${attempts}`,
    receiver: `With \`@chat-webhooks/receiver\`, what the event's handler returns is the answer. Handlers have \`decisionTimeoutMs\` to decide (default ${deadlineMs} ms, below the ${decisions.timeoutSeconds} s); when none decides in time, or one throws, the receiver answers the default decision \`${defaultJson}\` (\`defaultDecision\` to change it) and reports it to \`onError\`. A retry of the same delivery gets the same decision.`,
    retryNote: `The synchronous events are the exception: ${facts.name} waits ${decisions.timeoutSeconds} s for their answer${decisions.maxAttempts === undefined ? '' : ` and sends the same delivery at most ${decisions.maxAttempts} times`}.`,
    notes: decisions.notes ?? [],
    receiverSnippet: decisionSnippet(
      vendor,
      decisions.events.find((name) => name.startsWith('group_channel:')) ?? decisions.events[0]!,
      'vendor',
    ),
  };
}

/** The shared definition named by vendor.json `decisions.answer`, flattened like an event's fields. */
function answerType(vendor: CatalogVendor, title: string): DocsAnswerType {
  const named = [...vendor.index.named.values()].find((candidate) => candidate.title === title);
  if (!named)
    throw new Error(`docs: ${vendor.facts.name} vendor.json decisions.answer is "${title}", and no schema of the vendor has that title`);
  const schema = bundleEvent(vendor.index, named.key);
  // Anchors of its own (`answer-pass`): the event's field rows keep `field-...`, and the two never collide.
  const fields = flattenEventSchema(readSchemaModel(schema)).rows.map((row) => ({
    ...row,
    anchor: row.anchor.replace(/^field-/, 'answer-'),
  }));
  return { title, anchor: `type-${title}`, description: String(schema.description ?? ''), schemaPath: named.file, fields };
}

function decisionSnippet(vendor: CatalogVendor, eventName: string, page: 'vendor' | 'event'): Snippet {
  const decisions = vendor.facts.decisions!;
  const name = JSON.stringify(eventName).replaceAll('"', "'");
  const deadlineMs = receiverDeadlineMs(decisions.timeoutSeconds);
  const handler =
    page === 'vendor'
      ? `  .on(${name}, (event) => ({ pass: 1 })); // answered 200 with {"pass":1}`
      : `  .on(${name}, (event) => {
    // event.data: the pending message(s); content is the message's JSON, as a string
    const links = event.data.some((message) => message.content.includes('http'));
    return links ? { pass: 0, extra: 'policy:links' } : { pass: 1 }; // the answer, as JSON
  });`;
  return {
    language: 'ts',
    code: `import { createReceiver } from '@chat-webhooks/receiver';

const receiver = createReceiver({
  vendor: '${vendor.id}',
${vendor.facts.sourceAddresses ? "  allowSourceIps: 'vendor',\n" : ''}${authenticationLine(vendor)}
  decisionTimeoutMs: ${deadlineMs}, // the default: below ${vendor.facts.name}'s ${decisions.timeoutSeconds} s
  defaultDecision: ${objectLiteral(decisions.default)}, // the default: answered when no handler decides in time
})
${handler}
`,
  };
}

function groupEvents(events: DocsEvent[]): DocsEventGroup[] {
  const groups = new Map<string, DocsEventGroup>();
  for (const event of events) {
    const title = event.group.replaceAll('_', ' ').replace(/^./, (first) => first.toUpperCase());
    const group = groups.get(event.group) ?? { id: event.group, title, events: [] };
    group.events.push(event);
    groups.set(event.group, group);
  }
  return [...groups.values()];
}

function retrySummary(name: string, retry: CatalogVendor['facts']['retry']): string {
  if (!retry.documented) return `${name} does not document how long it waits for a response or whether it retries.`;
  const parts: string[] = [];
  if (retry.timeoutSeconds !== undefined) parts.push(`waits ${retry.timeoutSeconds} s for a response`);
  if (retry.maxAttempts !== undefined) parts.push(`delivers the same body at most ${retry.maxAttempts} times`);
  if (retry.retryDelaySeconds !== undefined) parts.push(`retries after ${retry.retryDelaySeconds} s`);
  if (parts.length === 0) return `${name} documents its retry policy in the notes below.`;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${name} ${list}.`;
}

/** The facts a receiver would want that vendor.json marks as not documented or leaves out. */
function undocumented(facts: CatalogVendor['facts']): string[] {
  const missing: string[] = [];
  if (!facts.signature.documented)
    missing.push('The signature scheme: no header, algorithm or key is documented, so none is assumed and signatures cannot be verified.');
  if (!facts.retry.documented) missing.push('The response timeout and the retry policy.');
  else {
    if (facts.retry.timeoutSeconds === undefined) missing.push('How long the vendor waits for a response (no timeout is documented).');
    if (facts.retry.maxAttempts === undefined) missing.push('How many times a delivery is attempted.');
    if (facts.retry.retryDelaySeconds === undefined && (facts.retry.maxAttempts ?? 1) > 1) missing.push('The delay between attempts.');
  }
  if (facts.signature.documented && !/timestamp/i.test(facts.signature.signedContent)) {
    missing.push(
      'A timestamp in the signed content: a captured request verifies again when replayed, so replay protection is up to the receiver.',
    );
  }
  return missing;
}

function verifySnippet(vendor: CatalogVendor): Snippet {
  const { facts } = vendor;
  if (!facts.signature.documented) {
    return {
      language: 'ts',
      code: `import { verifySignature } from '@chat-webhooks/verify';

// ${facts.name} documents no signature scheme, so none is guessed: verifySignature never accepts a delivery.
const result = verifySignature('${vendor.id}', { body, signature, secret });
result.ok; // false
result.reason; // 'unsupportedVendor'
// Skip verification for ${vendor.id} only as an explicit, named choice, or check deliveries another way.
`,
    };
  }
  const secret = `${vendor.id.toUpperCase()}_${facts.signature.key.toLowerCase().includes('token') ? 'API_TOKEN' : 'API_KEY'}`;
  return {
    language: 'ts',
    code: `import { verifySignature } from '@chat-webhooks/verify';
import { parseWebhook } from '@chat-webhooks/validators';

// body: the raw request body bytes (Uint8Array or Buffer) exactly as received, never re-serialised JSON
const verified = verifySignature('${vendor.id}', {
  body,
  signature: request.headers['${facts.signature.header}'], // ${facts.signature.encoding} ${facts.signature.algorithm}
  secret: process.env.${secret}!,
});
if (!verified.ok) {
  // reason 'missingSignature', 'malformedSignature' or 'mismatch': the request's fault, answer 401;
  // any other reason is a setup problem (answer 500). verified.message explains it and never shows a secret.
}
const result = parseWebhook('${vendor.id}', body); // then validate what was signed
`,
  };
}

function buildEvent(vendor: DocsVendor, event: CatalogEvent): DocsEvent {
  const { slug } = eventModuleNames(event);
  const { rows, types } = flattenEventSchema(event.model);
  const examples = event.examples.map((example): DocsExample => {
    const json = JSON.stringify(example.payload, null, 2);
    return { name: example.name, path: example.path, json, reindented: example.text.trimEnd() !== json };
  });
  const strictPath = `${strictObjectPointer(event.examples[0]?.payload, rows)}/zz`;
  const strictError: StrictError = {
    path: strictPath,
    keyword: 'additionalProperties',
    message: `${strictPath} is not in the schema (strict mode rejects unknown properties)`,
  };
  return {
    vendor: vendor.id,
    vendorName: vendor.name,
    name: event.name,
    slug,
    typeName: event.typeName,
    group: event.group,
    description: event.description,
    docsUrl: event.docsUrl,
    schemaPath: event.path,
    discriminator: vendor.discriminator,
    delivery: deliveryText(vendor, event.name, vendor.retry.summary),
    fields: rows,
    types,
    examples,
    strictError,
    mapPaths: rows.filter((row) => row.isMap).map((row) => row.path),
    snippets: eventSnippets(vendor, event, slug, strictError),
  };
}

/** How the event reaches a receiver: method, discriminator value, then `timing` (the retry summary, or the decision's deadline). */
function deliveryText(vendor: DocsVendor, name: string, timing: string): string {
  const discriminatorValue = `"${vendor.discriminator}": ${JSON.stringify(name)}`;
  return `${vendor.name} sends it as an HTTP ${vendor.delivery.method} with a JSON body whose \`${vendor.discriminator}\` is \`${JSON.stringify(name)}\` (\`{ ${discriminatorValue}, ... }\`). ${timing}`;
}

/**
 * The JSON pointer of the first nested object of `payload` (breadth first) whose schema lists its properties,
 * so that an unknown key added there is reported by strict mode; '' (the payload itself) when there is none.
 */
function strictObjectPointer(payload: unknown, rows: FieldRow[]): string {
  const byPath = new Map(rows.map((row) => [row.path, row]));
  const queue: { value: unknown; pointer: string; path: string }[] = [{ value: payload, pointer: '', path: '' }];
  while (queue.length > 0) {
    const { value, pointer, path } = queue.shift()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) queue.push({ value: value[0], pointer: `${pointer}/0`, path: `${path}[]` });
      continue;
    }
    const row = byPath.get(path.replace(/(\[\])+$/, ''));
    if (pointer !== '' && row?.hasChildren) return pointer;
    for (const [key, child] of Object.entries(value)) {
      queue.push({
        value: child,
        pointer: `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        path: path ? `${path}.${key}` : key,
      });
    }
  }
  return '';
}

function eventSnippets(vendor: DocsVendor, event: CatalogEvent, slug: string, strictError: StrictError): DocsEvent['snippets'] {
  const name = JSON.stringify(event.name).replaceAll('"', "'");
  return {
    typeImport: {
      language: 'ts',
      code: `import type { ${event.typeName} } from '@chat-webhooks/types';
// or from the vendor's subpath:
import type { ${event.typeName} } from '@chat-webhooks/types/${vendor.id}';
`,
    },
    validate: {
      language: 'ts',
      code: `import { validate${event.typeName} } from '@chat-webhooks/validators/${vendor.id}/${slug}';

const result = validate${event.typeName}(payload); // payload: already parsed JSON
if (result.ok) {
  result.event; // ${event.typeName}
} else {
  result.errors; // [{ path, keyword, message }, ...]
}
`,
    },
    parseWebhook: {
      language: 'ts',
      code: `import { parseWebhook } from '@chat-webhooks/validators';

// body: the raw request body, string or bytes; parseWebhook never throws
const result = parseWebhook('${vendor.id}', body, { strict: true });
if (result.ok && result.name === ${name}) {
  result.event; // ${event.typeName}
}
`,
    },
    strict: {
      language: 'ts',
      code: `// the documented example with an unknown property "zz" added at ${strictError.path.replace(/\/zz$/, '') || 'the top level'}
const result = validate${event.typeName}(payload, { strict: true });
result.ok; // false
result.errors;
// [
//   { path: '${strictError.path}', keyword: '${strictError.keyword}', message: '${strictError.message}' }
// ]
`,
    },
  };
}
