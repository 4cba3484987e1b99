import standaloneCode from 'ajv/dist/standalone/index.js';
import { closeObjects } from './lib/close-objects.ts';
import { createAjv } from './lib/create-ajv.ts';
import { eventModuleNames } from './lib/event-module-names.ts';
import type { CatalogEvent, CatalogVendor } from './lib/load-catalog.ts';
import { GENERATED_BANNER, runGenerator, type GeneratedFiles } from './lib/run-generator.ts';
import { stripAnnotations } from './lib/strip-annotations.ts';

/**
 * ajv's standalone code `require()`s a few runtime helpers; the ESM build must not, and the package must not
 * depend on ajv. Each helper ajv may ask for is replaced by an import of our own; any other is an error.
 */
const RUNTIME_HELPERS: Record<string, { importLine: string; expression: string }> = {
  'ajv/dist/runtime/ucs2length': { importLine: "import { ucs2length } from '../../core/ucs2length.js';", expression: 'ucs2length' },
};

// @chat-webhooks/validators: per event, precompiled lenient and strict validators; per vendor, a dispatcher.
await runGenerator('@chat-webhooks/validators', 'packages/validators', (catalog) => {
  const files: GeneratedFiles = new Map();
  for (const vendor of catalog.vendors) {
    for (const event of vendor.events) {
      const { slug } = eventModuleNames(event);
      files.set(`${vendor.id}/${slug}.ajv.ts`, compileEvent(event));
      files.set(`${vendor.id}/${slug}.ts`, renderEventModule(event));
    }
    files.set(`${vendor.id}/index.ts`, renderVendorModule(vendor));
  }
  files.set('index.ts', renderIndex(catalog.vendors));
  return files;
});

/** ajv standalone code exporting `lenient` and `strict`, with no runtime import of ajv. */
function compileEvent(event: CatalogEvent): string {
  const ajv = createAjv({ code: { source: true, esm: true, optimize: true } });
  const lenient = stripAnnotations(event.schema);
  ajv.addSchema(lenient, 'lenient');
  ajv.addSchema(closeObjects(lenient), 'strict');
  const imports = new Set<string>(["import type { CompiledValidator } from '../../core/types.js';"]);
  const code = standaloneCode(ajv, { lenient: 'lenient', strict: 'strict' })
    .replace(/^"use strict";/, '')
    .replace(/require\("([^"]+)"\)\.default/g, (_match, module: string) => {
      const helper = RUNTIME_HELPERS[module];
      if (!helper) throw new Error(`${event.path}: ajv's standalone code needs "${module}"; add a replacement to RUNTIME_HELPERS in scripts/generate-validators-package.ts`);
      imports.add(helper.importLine);
      return helper.expression;
    })
    .replace(/export const (lenient|strict) = /g, 'export const $1: CompiledValidator = ');
  if (/\brequire\(/.test(code)) throw new Error(`${event.path}: the standalone code still calls require()`);
  return `${GENERATED_BANNER}// @ts-nocheck: ajv's standalone output for ${event.name}, lenient and strict.\n${[...imports].join('\n')}\n${code}\n`;
}

function renderEventModule(event: CatalogEvent): string {
  const { slug, camel } = eventModuleNames(event);
  const name = JSON.stringify(event.name);
  return `${GENERATED_BANNER}import { createEventValidator } from '../../core/create-event-validator.js';
import { lenient, strict } from './${slug}.ajv.js';

/**
 * Validators of the ${event.vendor} ${name} event (\`${event.typeName}\`).
 *
 * @see {@link ${event.docsUrl}}
 */
export const ${camel}Validator = /* @__PURE__ */ createEventValidator(${JSON.stringify(event.vendor)}, ${name}, lenient, strict);

/** Checks a payload against ${name} only; \`{ strict: true }\` also rejects unknown properties. */
export const validate${event.typeName} = ${camel}Validator.validate;

/** Type guard: \`payload\` is a valid ${name} payload. */
export const is${event.typeName} = ${camel}Validator.is;
`;
}

function renderVendorModule(vendor: CatalogVendor): string {
  const imports = vendor.events
    .map((event) => `import { ${eventModuleNames(event).camel}Validator } from './${eventModuleNames(event).slug}.js';`)
    .join('\n');
  const reexports = vendor.events.map((event) => `export * from './${eventModuleNames(event).slug}.js';`).join('\n');
  const table = vendor.events.map((event) => `  ${JSON.stringify(event.name)}: ${eventModuleNames(event).camel}Validator,`).join('\n');
  return `${GENERATED_BANNER}import { createVendorValidator } from '../../core/create-vendor-validator.js';
${imports}

${reexports}

/** Validators of every ${vendor.facts.name} event, dispatched on \`${vendor.facts.discriminator}\`. */
export const ${vendor.id}Validator = /* @__PURE__ */ createVendorValidator(${JSON.stringify(vendor.id)}, ${JSON.stringify(vendor.facts.discriminator)}, {
${table}
});

export const { validate, validateEvent, parseWebhook, isEvent, eventNames } = ${vendor.id}Validator;
`;
}

function renderIndex(vendors: CatalogVendor[]): string {
  const imports = vendors.map((vendor) => `import { ${vendor.id}Validator } from './${vendor.id}/index.js';`).join('\n');
  return `${GENERATED_BANNER}${imports}

/** Every vendor's validator, by vendor id. */
export const vendorValidators = {
${vendors.map((vendor) => `  ${vendor.id}: ${vendor.id}Validator,`).join('\n')}
} as const;
`;
}
