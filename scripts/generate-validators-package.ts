import { bundleVendor } from './lib/bundle-schemas.ts';
import { eventModuleNames } from './lib/event-module-names.ts';
import { explainModule } from './lib/explain/explain-module.ts';
import { fastCheckModule } from './lib/fast-path/fast-check-module.ts';
import type { CatalogEvent, CatalogVendor } from './lib/load-catalog.ts';
import { GENERATED_BANNER, runGenerator, type GeneratedFiles } from './lib/run-generator.ts';
import { validatorBundle } from './lib/validator-bundle.ts';

/** What a vendor module exports besides its per-event validators: members of its VendorValidator. */
const VENDOR_MEMBERS = ['validate', 'validateEvent', 'parseWebhook', 'isEvent', 'eventNames', 'schema', 'eventSchema'] as const;

// @chat-webhooks/validators. Per event, a self-contained module (the per-event entry point carries that event
// only): its fast path (generated code) and the schema its failures are explained from (data). Per vendor, one
// module whose events share their shared definitions (TalkplusChannel is checked by one function, not fifteen),
// so that importing a vendor or the package root stays small and fast.
await runGenerator('@chat-webhooks/validators', 'packages/validators', (catalog) => {
  const files: GeneratedFiles = new Map();
  for (const vendor of catalog.vendors) {
    for (const event of vendor.events) {
      const { slug } = eventModuleNames(event);
      const bundle = validatorBundle(event.schema);
      files.set(`${vendor.id}/${slug}.explain.ts`, explainModule(event.name, bundle, { explain: '#' }));
      files.set(`${vendor.id}/${slug}.check.ts`, fastCheckModule(event.name, bundle, { check: '#' }));
      files.set(`${vendor.id}/${slug}.ts`, renderEventModule(event));
      files.set(`declarations/${vendor.id}/${slug}.d.ts`, renderEventDeclarations(event, 'js'));
      files.set(`declarations/${vendor.id}/${slug}.d.cts`, renderEventDeclarations(event, 'cjs'));
    }
    const bundle = validatorBundle(bundleVendor(vendor.index));
    const refs = (prefix: string) =>
      Object.fromEntries(vendor.events.map((event) => [`${prefix}${event.typeName}`, `#/$defs/${event.typeName}`]));
    files.set(`${vendor.id}/vendor.explain.ts`, explainModule(`every ${vendor.id} event`, bundle, refs('explain')));
    files.set(`${vendor.id}/vendor.check.ts`, fastCheckModule(`every ${vendor.id} event`, bundle, refs('check')));
    files.set(`${vendor.id}/index.ts`, renderVendorModule(vendor));
  }
  files.set('index.ts', renderIndex(catalog.vendors));
  return files;
});

/** One export of generated code: its doc comment, its head (`function f(...): R`, `const c: T`) and its body. */
interface GeneratedExport {
  doc: string;
  head: string;
  body: string;
}

function definitionOf({ doc, head, body }: GeneratedExport): string {
  return `${doc}\nexport ${head}${body}\n`;
}

function declarationOf({ doc, head }: GeneratedExport): string {
  return `${doc}\nexport declare ${head};\n`;
}

/**
 * The exports that give one event its validators, over its fast path and its explainer. Each event gets functions of
 * its own (not closures made by one factory), so that every call site stays monomorphic and V8 can inline.
 * The same description renders the per-event module and its declaration files, so the two cannot disagree.
 */
function eventValidatorExports(event: CatalogEvent, { check, explain }: { check: string; explain: string }): GeneratedExport[] {
  const { camel } = eventModuleNames(event);
  const vendor = JSON.stringify(event.vendor);
  const name = JSON.stringify(event.name);
  return [
    {
      doc: `/**
 * Checks a payload against the ${event.vendor} ${name} event (\`${event.typeName}\`) only;
 * \`{ strict: true }\` also rejects unknown properties.
 *
 * @see {@link ${event.docsUrl}}
 */`,
      head: `function validate${event.typeName}(payload: unknown, options?: ValidateOptions): ValidationResult<${vendor}, ${name}>`,
      // The common call (no options, a valid payload) stays inline; everything else goes to one shared function.
      body: ` {
  return options === undefined && ${check}(payload, false)
    ? { ok: true, vendor: ${vendor}, name: ${name}, event: payload as ${event.typeName} }
    : validateSlowly(${vendor}, ${name}, ${check}, ${explain}, payload, options);
}`,
    },
    {
      doc: `/** Type guard: \`payload\` is a valid ${name} payload. */`,
      head: `function is${event.typeName}(payload: unknown): payload is ${event.typeName}`,
      body: ` {
  return ${check}(payload, false);
}`,
    },
    {
      doc: `/**
 * The ${name} event as a Standard Schema v1 (Hono's \`sValidator\`, tRPC, TanStack Form ...): lenient, and
 * \`.strict\` rejecting unknown properties. Issues carry the messages and paths of \`validate${event.typeName}\`.
 */`,
      head: `const schema${event.typeName}: WebhookSchema<${event.typeName}>`,
      body: ` = /* @__PURE__ */ createWebhookSchema<${event.typeName}>(validate${event.typeName});`,
    },
    {
      doc: `/** The validators of ${name}, in one object. */`,
      head: `const ${camel}Validator: EventValidator<${vendor}, ${name}>`,
      body: ` = { vendor: ${vendor}, name: ${name}, validate: validate${event.typeName}, is: is${event.typeName}, schema: schema${event.typeName} };`,
    },
  ];
}

function eventModuleImports(typeNames: string[], vendorId: string): string {
  return `import type { ${typeNames.join(', ')} } from '@chat-webhooks/types/${vendorId}';
import { createWebhookSchema, validateSlowly, type EventValidator } from '../../core/event-validator.js';
import type { WebhookSchema } from '../../core/standard-schema.js';
import type { ValidateOptions, ValidationResult } from '../../core/types.js';`;
}

function renderEventModule(event: CatalogEvent): string {
  return `${GENERATED_BANNER}${eventModuleImports([event.typeName], event.vendor)}
import { explain } from './${eventModuleNames(event).slug}.explain.js';
import { check } from './${eventModuleNames(event).slug}.check.js';

${eventValidatorExports(event, { check: 'check', explain: 'explain' }).map(definitionOf).join('\n')}`;
}

/**
 * The declarations of a per-event entry point (`dist/<vendor>/<event>.d.ts` and `.d.cts`), which the build copies
 * as they are: with thousands of events, bundling declarations per entry point is where a build stalls. They
 * take the package's types from the root entry of the same module format.
 */
function renderEventDeclarations(event: CatalogEvent, rootExtension: 'js' | 'cjs'): string {
  return `${GENERATED_BANNER}import type { ${event.typeName} } from '@chat-webhooks/types/${event.vendor}';
import type { EventValidator, ValidateOptions, ValidationResult, WebhookSchema } from '../index.${rootExtension}';

${eventValidatorExports(event, { check: 'check', explain: 'explain' }).map(declarationOf).join('\n')}`;
}

function renderVendorModule(vendor: CatalogVendor): string {
  const explainers = vendor.events.map((event) => `explain${event.typeName}`).join(', ');
  const checks = vendor.events.map((event) => `check${event.typeName}`).join(', ');
  const events = vendor.events
    .flatMap((event) =>
      eventValidatorExports(event, { check: `check${event.typeName}`, explain: `explain${event.typeName}` }).map(definitionOf),
    )
    .join('\n');
  const table = (prefix: string) => vendor.events.map((event) => `  ${JSON.stringify(event.name)}: ${prefix}${event.typeName},`).join('\n');
  const id = JSON.stringify(vendor.id);
  return `${GENERATED_BANNER}${eventModuleImports(
    vendor.events.map((event) => event.typeName),
    vendor.id,
  )}
import { createVendorValidator, eventTable, unknownEvent, type VendorValidator } from '../../core/create-vendor-validator.js';
import { ${explainers} } from './vendor.explain.js';
import { ${checks} } from './vendor.check.js';

${events}
// validateEvent's dispatch: one keyed read in a table with no prototype, then one call. A function of this
// vendor's own (not a closure shared by every vendor), so that its call sites see only this vendor's events.
const validateByName = /* @__PURE__ */ eventTable<(payload: unknown, options?: ValidateOptions) => ValidationResult<${id}>>({
${table('validate')}
});

function validateEventByName(name: string, payload: unknown, options?: ValidateOptions): ValidationResult<${id}> {
  const validate = typeof name === 'string' ? validateByName[name] : undefined;
  return validate === undefined ? unknownEvent(${id}, ${JSON.stringify(vendor.facts.discriminator)}, validateByName, name, options) : validate(payload, options);
}

/** Validators of every ${vendor.facts.name} event, dispatched on \`${vendor.facts.discriminator}\`. */
export const ${vendor.id}Validator: VendorValidator<${id}> = /* @__PURE__ */ createVendorValidator(${id}, ${JSON.stringify(vendor.facts.discriminator)}, validateByName, {
${table('check')}
}, validateEventByName as VendorValidator<${id}>['validateEvent']);

${VENDOR_MEMBERS.map((member) => `export const ${member}: VendorValidator<${id}>['${member}'] = ${vendor.id}Validator.${member};`).join('\n')}
`;
}

function renderIndex(vendors: CatalogVendor[]): string {
  const imports = vendors
    .map(
      (vendor) =>
        `import { ${vendor.id}Validator, ${vendor.events.map((event) => `validate${event.typeName}`).join(', ')} } from './${vendor.id}/index.js';`,
    )
    .join('\n');
  const type = vendors.map((vendor) => `  readonly ${vendor.id}: VendorValidator<${JSON.stringify(vendor.id)}>;`).join('\n');
  const tables = vendors
    .map(
      (vendor) =>
        `  ${vendor.id}: eventTable({\n${vendor.events.map((event) => `    ${JSON.stringify(event.name)}: validate${event.typeName},`).join('\n')}\n  }),`,
    )
    .join('\n');
  return `${GENERATED_BANNER}import { eventTable, type VendorValidator } from '../core/create-vendor-validator.js';
import type { ValidateOptions } from '../core/types.js';
${imports}

/** Every vendor's validator, by vendor id. */
export const vendorValidators: {
${type}
} = {
${vendors.map((vendor) => `  ${vendor.id}: ${vendor.id}Validator,`).join('\n')}
};

/**
 * Each event's \`validate<Type>\` by vendor, then by event name, in tables with no prototype: the root
 * \`validateEvent\` is two keyed reads and one call, with no vendor dispatcher in between.
 */
// Typed loosely (a result of some event of some vendor): the root casts to the result its signature promises.
export const eventValidatorsByVendor: Readonly<Record<string, Readonly<Record<string, ((payload: unknown, options?: ValidateOptions) => unknown) | undefined>> | undefined>> = eventTable({
${tables}
});
`;
}
