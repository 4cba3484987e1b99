import { nodesByPointer } from '@chat-webhooks/schema-toolkit';
import { compile } from 'json-schema-to-typescript';
import { annotateForTypescript } from './lib/annotate-for-typescript.ts';
import { bundleDefinitions } from './lib/bundle-schemas.ts';
import type { CatalogVendor } from './lib/load-catalog.ts';
import { GENERATED_BANNER, runGenerator, type GeneratedFiles } from './lib/run-generator.ts';

// json-schema-to-typescript's note under every definition; it says nothing to a reader of the types.
const UNREACHABLE_NOTE = /(\n \*)?\n \* This interface was referenced by `[^`]+`'s JSON-Schema\n \* via the `definition` "[^"]+"\./g;

// @chat-webhooks/types: one module per vendor, compiled from ONE synthetic root so no type is declared twice.
await runGenerator('@chat-webhooks/types', 'packages/types', async (catalog) => {
  const files: GeneratedFiles = new Map();
  for (const vendor of catalog.vendors) files.set(`${vendor.id}.ts`, GENERATED_BANNER + (await renderVendor(vendor)));
  files.set('index.ts', GENERATED_BANNER + renderIndex(catalog.vendors));
  return files;
});

async function renderVendor(vendor: CatalogVendor): Promise<string> {
  const { facts, events } = vendor;
  const definitions = bundleDefinitions(vendor.index, [...vendor.index.named.keys()]);
  // The root is the event map itself, so that json-schema-to-typescript declares it and, once each, every definition.
  const root = {
    title: `${facts.typePrefix}EventMap`,
    description: `Every ${facts.name} event payload by its \`${facts.discriminator}\` value.`,
    type: 'object',
    properties: Object.fromEntries(events.map((event) => [event.name, { $ref: `#/$defs/${event.typeName}` }])),
    required: events.map((event) => event.name),
    $defs: Object.fromEntries([...definitions].sort(([a], [b]) => a.localeCompare(b))),
  };
  // The root's `$defs` are the vendor bundle's, at the same pointers as in the vendor's model.
  const declarations = await compile(annotateForTypescript(root, nodesByPointer(vendor.model)) as never, root.title, {
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: true,
    enableConstEnums: false,
    format: true,
    ignoreMinAndMaxItems: true,
  });
  return (
    `${declarations.replace(UNREACHABLE_NOTE, '')}\n` +
    `/** The name of a ${facts.name} event: a value of \`${facts.discriminator}\`. */\n` +
    `export type ${facts.typePrefix}EventName = keyof ${facts.typePrefix}EventMap;\n\n` +
    `/**\n * Any ${facts.name} webhook event; \`${facts.discriminator}\` tells them apart.\n *\n * @see {@link ${facts.docsUrl}}\n */\n` +
    `export type ${facts.typePrefix}Event = ${facts.typePrefix}EventMap[${facts.typePrefix}EventName];\n`
  );
}

function renderIndex(vendors: CatalogVendor[]): string {
  const reexports = vendors.map((vendor) => `export * from './${vendor.id}.js';`).join('\n');
  const imports = vendors.map((vendor) => `import type { ${vendor.facts.typePrefix}EventMap } from './${vendor.id}.js';`).join('\n');
  const entries = vendors.map((vendor) => `  ${vendor.id}: ${vendor.facts.typePrefix}EventMap;`).join('\n');
  const answers = vendors.flatMap((vendor) =>
    vendor.facts.decisions ? [`import type { ${vendor.facts.decisions.answer} } from './${vendor.id}.js';`] : [],
  );
  const decisions = vendors
    .map((vendor) => {
      const { decisions } = vendor.facts;
      const events = decisions ? decisions.events.map((name) => `    ${JSON.stringify(name)}: ${decisions.answer};`).join('\n') : '';
      return decisions ? `  ${vendor.id}: {\n${events}\n  };` : `  ${vendor.id}: {};`;
    })
    .join('\n');
  return `${reexports}\n${[imports, ...answers].join('\n')}\n
/** A vendor id. */
export type Vendor = ${vendors.map((vendor) => JSON.stringify(vendor.id)).join(' | ')};

/** Each vendor's event map: \`WebhookEventMap['talkplus']['member_added']\` is that event's payload. */
export interface WebhookEventMap {
${entries}
}

/**
 * What the handler of a synchronous event answers, by vendor and event name: the vendor waits for it before it goes
 * on (Nexconn's pre-messaging decisions). Empty for a vendor whose events are all asynchronous.
 */
export interface WebhookDecisionMap {
${decisions}
}

/** The name of an event of vendor \`V\`. */
export type WebhookEventName<V extends Vendor = Vendor> = keyof WebhookEventMap[V] & string;

/** The payload of event \`N\` of vendor \`V\` (any of the vendor's events when \`N\` is omitted). */
export type WebhookEvent<V extends Vendor = Vendor, N extends WebhookEventName<V> = WebhookEventName<V>> = WebhookEventMap[V][N];
`;
}
