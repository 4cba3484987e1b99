import { MOCK_KEYWORDS } from '@chat-webhooks/schema-toolkit';
import { bundleDefinitions } from './lib/bundle-schemas.ts';
import type { CatalogVendor } from './lib/load-catalog.ts';
import { GENERATED_BANNER, runGenerator, type GeneratedFiles } from './lib/run-generator.ts';
import { mapSchema, type SchemaNode } from './lib/walk-schema.ts';

// @chat-webhooks/mocks: per vendor, the mock-relevant part of every named schema, and one factory per event.
await runGenerator('@chat-webhooks/mocks', 'packages/mocks', (catalog) => {
  const files: GeneratedFiles = new Map();
  for (const vendor of catalog.vendors) files.set(`${vendor.id}.ts`, renderVendor(vendor));
  files.set(
    'index.ts',
    `${GENERATED_BANNER}${catalog.vendors.map((vendor) => `import { ${vendor.id}Mocks } from './${vendor.id}.js';`).join('\n')}

/** Every vendor's mock factories, by vendor id and event name. */
export const mockFactories = {
${catalog.vendors.map((vendor) => `  ${vendor.id}: ${vendor.id}Mocks,`).join('\n')}
} as const;
`,
  );
  return files;
});

function renderVendor(vendor: CatalogVendor): string {
  const definitions = Object.fromEntries(
    [...bundleDefinitions(vendor.index, [...vendor.index.named.keys()])].map(([title, schema]) => [title, keepMockKeywords(schema)]),
  );
  const factories = vendor.events
    .map((event) => {
      const args = [vendor.id, event.name, event.typeName].map((value) => JSON.stringify(value)).join(', ');
      return `/**
 * A valid, seeded ${event.vendor} ${JSON.stringify(event.name)} payload (\`${event.typeName}\`), with \`overrides\` merged in.
 *
 * @see {@link ${event.docsUrl}}
 */
export const mock${event.typeName} = /* @__PURE__ */ createMockFactory(${args}, definitions, (payload) => validateEvent(${JSON.stringify(event.name)}, payload));
`;
    })
    .join('\n');
  const table = vendor.events.map((event) => `  ${JSON.stringify(event.name)}: mock${event.typeName},`).join('\n');
  return `${GENERATED_BANNER}import { validateEvent } from '@chat-webhooks/validators/${vendor.id}';
import { createMockFactory } from '../core/create-mock-factory.js';
import type { MockDefinitions } from '../core/generate-value.js';

const definitions: MockDefinitions = ${JSON.stringify(definitions)};

${factories}
/** Every ${vendor.facts.name} mock factory by event name. */
export const ${vendor.id}Mocks = {
${table}
} as const;
`;
}

function keepMockKeywords(schema: SchemaNode): SchemaNode {
  return mapSchema(schema, (node) => Object.fromEntries(Object.entries(node).filter(([keyword]) => MOCK_KEYWORDS.has(keyword))));
}
