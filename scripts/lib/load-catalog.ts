import { readFileSync } from 'node:fs';
import { bundleEvent, bundleVendor, indexSchemas, type SchemaIndex } from './bundle-schemas.ts';
import { checkConventions } from './check-conventions.ts';
import { checkVariants } from './check-variants.ts';
import { closeObjects } from './close-objects.ts';
import { createAjv } from './create-ajv.ts';
import { eventTypeName, readSchemaModel, SchemaModelError, type SchemaModel } from '@chat-webhooks/schema-toolkit';
import { addDiscriminators } from './variants.ts';
import { repoRoot as defaultRepoRoot, schemasDir as defaultSchemasDir } from './paths.ts';
import { SchemaProblemsError, type SchemaProblem } from './problem.ts';
import { readSchemaTree, type ExampleFile, type SchemaFile } from './read-schema-tree.ts';
import { eventNameFromPath, type VendorFacts } from './vendor-facts.ts';
import type { SchemaNode } from './walk-schema.ts';

export interface CatalogEvent {
  vendor: string;
  /** The vendor's discriminator value. */
  name: string;
  /** Generated type name, equal to the schema's title. */
  typeName: string;
  group: string;
  /** Schema file path relative to the repository root. */
  path: string;
  description: string;
  docsUrl: string;
  /** The schema as written, with references to other files. */
  source: SchemaNode;
  /** Self-contained: every definition it needs hoisted into `$defs`. */
  schema: SchemaNode;
  /** The typed model of `schema` (read on first use; the loader reads it once to report what it refuses). */
  readonly model: SchemaModel;
  examples: ExampleFile[];
}

export interface CatalogVendor {
  id: string;
  facts: VendorFacts;
  commons: SchemaFile[];
  events: CatalogEvent[];
  /** Every named schema of the vendor, for generators that compile a vendor at once. */
  index: SchemaIndex;
  /** The typed model of every definition of the vendor (its `bundleVendor` bundle), read on first use. */
  readonly model: SchemaModel;
}

export interface Catalog {
  vendors: CatalogVendor[];
  events: CatalogEvent[];
}

const vendorFactsSchema = JSON.parse(readFileSync(new URL('../vendor.schema.json', import.meta.url), 'utf8')) as SchemaNode;

/**
 * The one reader of `schemas/`: reads every file, checks the conventions, resolves references, bundles
 * each event and validates each example. Generators use the catalogue and never read `schemas/` themselves.
 */
export function loadCatalog(options: { repoRoot?: string; schemasDir?: string } = {}): { catalog: Catalog; problems: SchemaProblem[] } {
  const repoRoot = options.repoRoot ?? defaultRepoRoot;
  const tree = readSchemaTree(repoRoot, options.schemasDir ?? defaultSchemasDir);
  const problems = [...tree.problems];
  const ajv = createAjv();
  const validateFacts = ajv.compile(vendorFactsSchema);
  const vendors: CatalogVendor[] = [];

  for (const vendor of tree.vendors) {
    if (vendor.factsFile.json === undefined) continue;
    if (!validateFacts(vendor.factsFile.json)) {
      for (const error of validateFacts.errors ?? []) {
        problems.push({
          file: vendor.factsFile.path,
          pointer: error.instancePath,
          message: `vendor.json ${error.message}`,
          fix: 'follow scripts/vendor.schema.json',
        });
      }
      continue;
    }
    // `$schema` only points editors at scripts/vendor.schema.json; it is not a fact.
    const { $schema: _editorHint, ...facts } = vendor.factsFile.json as VendorFacts & { $schema?: string };
    if (facts.id !== vendor.id) {
      problems.push({
        file: vendor.factsFile.path,
        pointer: '/id',
        message: `id "${facts.id}" differs from the folder name "${vendor.id}"`,
        fix: `set "id": "${vendor.id}"`,
      });
    }
    const index = indexSchemas([...vendor.commons, ...vendor.events]);
    problems.push(...index.problems);
    problems.push(...duplicateTitles(index));
    if (index.problems.length === 0) problems.push(...checkVariants(index));
    for (const common of vendor.commons) problems.push(...checkConventions(common, facts));

    const events = vendor.events.map((file): CatalogEvent => {
      const name = eventNameFromPath(facts, file.group, file.file);
      problems.push(...checkConventions(file, facts, { name, pathDescription: `${file.group}/${file.file}.schema.json` }));
      const schema = bundleEvent(index, file.path);
      const model = once(() => readSchemaModel(schema));
      return {
        vendor: vendor.id,
        name,
        typeName: eventTypeName(facts.typePrefix, name),
        group: file.group,
        path: file.path,
        description: String(file.json.description ?? ''),
        docsUrl: String(file.json['x-docs-url'] ?? ''),
        source: file.json,
        schema,
        get model() {
          return model();
        },
        examples: file.examples,
      };
    });
    const model = once(() => readSchemaModel(bundleVendor(index)));
    vendors.push({
      id: vendor.id,
      facts,
      commons: vendor.commons,
      events,
      index,
      get model() {
        return model();
      },
    });
  }

  // Compiling only makes sense once references resolve; ajv would report the same dangling $ref again.
  if (problems.length === 0) {
    for (const vendor of vendors) problems.push(...compileAndCheckExamples(ajv, vendor));
  }
  // Every consumer reads the model, so a shape it refuses is a schema problem here rather than a generator's crash.
  // Last, so that what ajv or the conventions refuse is reported in their words.
  if (problems.length === 0) problems.push(...checkModels(vendors));
  return { catalog: { vendors, events: vendors.flatMap((vendor) => vendor.events) }, problems };
}

/** The catalogue, or a SchemaProblemsError listing every problem. */
export function loadCatalogOrThrow(options?: { repoRoot?: string; schemasDir?: string }): Catalog {
  const { catalog, problems } = loadCatalog(options);
  if (problems.length > 0) throw new SchemaProblemsError(problems);
  return catalog;
}

/** `read` run on the first call only: a model is read once, and never for a catalogue nobody asks it of. */
function once<T>(read: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: read() }).result;
}

function checkModels(vendors: CatalogVendor[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const vendor of vendors) {
    // A pointer into a bundle's `$defs` names a definition, which lives in its own file (or in `fallback`'s `$defs`).
    const fileOf = (pointer: string, fallback: string) => {
      const segment = /^\/\$defs\/([^/]+)/.exec(pointer)?.[1];
      const title = segment?.replaceAll('~1', '/').replaceAll('~0', '~');
      return [...vendor.index.named.values()].find((named) => named.title === title)?.file ?? fallback;
    };
    const check = (fallback: string, read: () => SchemaModel) => {
      try {
        read();
        return true;
      } catch (error) {
        if (!(error instanceof SchemaModelError)) throw error;
        problems.push({
          file: fileOf(error.pointer, fallback),
          pointer: error.pointer,
          message: `the schema model refuses it: ${error.problem}`,
          fix: 'keep to the subset of docs/schema-conventions.md',
        });
        return false;
      }
    };
    const eventsRead = vendor.events.map((event) => check(event.path, () => event.model));
    // The vendor's bundle holds the same definitions: read it only to catch one that no event uses.
    if (eventsRead.every(Boolean)) check(`schemas/${vendor.id}`, () => vendor.model);
  }
  return problems;
}

function duplicateTitles(index: SchemaIndex): SchemaProblem[] {
  const byTitle = new Map<string, string>();
  const problems: SchemaProblem[] = [];
  for (const named of index.named.values()) {
    const first = byTitle.get(named.title);
    if (first !== undefined && named.title !== '') {
      problems.push({
        file: named.file,
        pointer: '/title',
        message: `title "${named.title}" is already used by ${first}`,
        fix: 'give each schema its own title: it is the generated type name',
      });
    }
    byTitle.set(named.title, named.key);
  }
  return problems;
}

/**
 * Compiles every event of a vendor, lenient and strict, and checks each example against its event. Each flavour
 * is one schema holding every definition of the vendor, so a shared definition is compiled once rather than
 * once per event that uses it: a catalogue of a thousand events stays quick to load.
 */
function compileAndCheckExamples(ajv: ReturnType<typeof createAjv>, vendor: CatalogVendor): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const root = bundleVendor(vendor.index);
  const flavours = [
    { id: 'lenient', label: 'lenient', schema: addDiscriminators(root) },
    { id: 'strict', label: 'strict (unknown properties rejected)', schema: addDiscriminators(closeObjects(root)) },
  ];
  for (const { id, label, schema } of flavours) {
    const key = `${vendor.id}-${id}`;
    try {
      ajv.addSchema(schema, key);
    } catch (error) {
      // The meta-schema's complaint names the definition at fault (`data/$defs/<title>/...`): point at its file.
      const message = (error as Error).message;
      const title = /\$defs\/([^/\s]+)/.exec(message)?.[1];
      const file = [...vendor.index.named.values()].find((named) => named.title === title)?.file ?? vendor.events[0]?.path ?? vendor.id;
      return [{ file, pointer: '', message: `ajv refuses the schema: ${message}`, fix: 'make the schema valid JSON Schema draft 2020-12' }];
    }
    if (id === 'lenient') problems.push(...checkDecisions(ajv, key, vendor));
    for (const event of vendor.events) {
      let validate: ReturnType<typeof ajv.getSchema>;
      try {
        validate = ajv.getSchema(`${key}#/$defs/${event.typeName}`)!;
      } catch (error) {
        problems.push({
          file: event.path,
          pointer: '',
          message: `ajv refuses the bundled schema in strict mode: ${(error as Error).message}`,
          fix: 'fix the schema so that it compiles under ajv strict mode',
        });
        continue;
      }
      for (const example of event.examples) {
        if (validate(example.payload)) continue;
        for (const error of validate.errors ?? []) {
          const detail = error.keyword === 'additionalProperties' ? ` "${String(error.params.additionalProperty)}"` : '';
          problems.push({
            file: example.path,
            pointer: error.instancePath,
            message: `example is invalid (${label}) against ${event.typeName}: ${error.instancePath || '/'} ${error.message}${detail}`,
            fix: 'the example comes from the vendor docs: change the schema so that it describes it',
          });
        }
      }
    }
  }
  return problems;
}

/** `decisions` of vendor.json names real events and a real shared definition, and its default is a valid answer. */
function checkDecisions(ajv: ReturnType<typeof createAjv>, key: string, vendor: CatalogVendor): SchemaProblem[] {
  const { decisions } = vendor.facts;
  if (decisions === undefined) return [];
  const file = `schemas/${vendor.id}/vendor.json`;
  const names = new Set(vendor.events.map((event) => event.name));
  const problems: SchemaProblem[] = decisions.events
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => !names.has(name))
    .map(({ name, index }) => ({
      file,
      pointer: `/decisions/events/${index}`,
      message: `"${name}" is not an event of ${vendor.id}`,
      fix: 'name an event that has a schema',
    }));
  if (![...vendor.index.named.values()].some((named) => named.title === decisions.answer)) {
    return [
      ...problems,
      {
        file,
        pointer: '/decisions/answer',
        message: `no shared definition is titled "${decisions.answer}"`,
        fix: 'write the decision as a schema in common/ and give its title here',
      },
    ];
  }
  const validate = ajv.getSchema(`${key}#/$defs/${decisions.answer}`)!;
  if (!validate(decisions.default)) {
    problems.push({
      file,
      pointer: '/decisions/default',
      message: `the default decision is not a valid ${decisions.answer}: ${ajv.errorsText(validate.errors)}`,
      fix: 'make the default an answer the schema accepts',
    });
  }
  return problems;
}
