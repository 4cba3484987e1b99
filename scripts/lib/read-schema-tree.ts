import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SchemaProblem } from './problem.ts';
import { isSchemaNode, type SchemaNode } from './walk-schema.ts';

/** A `*.schema.json` file as read from disk. */
export interface SchemaFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  json: SchemaNode;
}

/** A payload kept beside its event in `<file>.examples/`. */
export interface ExampleFile {
  path: string;
  /** File name without `.json`. */
  name: string;
  /** The file's exact text (signed bodies must stay byte for byte). */
  text: string;
  payload: unknown;
}

export interface EventFile extends SchemaFile {
  /** Folder between the vendor and the file. */
  group: string;
  /** File name without `.schema.json`. */
  file: string;
  examples: ExampleFile[];
}

export interface VendorTree {
  id: string;
  /** vendor.json path and parsed content (checked later against scripts/vendor.schema.json). */
  factsFile: { path: string; json: unknown };
  commons: SchemaFile[];
  events: EventFile[];
}

const SCHEMA_SUFFIX = '.schema.json';
const EXAMPLES_SUFFIX = '.examples';

/**
 * Reads `schemasDir` (layout in docs/schema-conventions.md) without judging content: files that are not
 * JSON become problems, everything else is returned as found, sorted so that output never depends on
 * the order of the file system.
 */
export function readSchemaTree(repoRoot: string, schemasDir: string): { vendors: VendorTree[]; problems: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  const rel = (abs: string) => relative(repoRoot, abs).split('\\').join('/');

  const readJson = (abs: string): { text: string; json: unknown } | undefined => {
    const text = readFileSync(abs, 'utf8');
    try {
      return { text, json: JSON.parse(text) };
    } catch (error) {
      problems.push({
        file: rel(abs),
        pointer: '',
        message: `not valid JSON: ${(error as Error).message}`,
        fix: 'remove comments, placeholders and trailing commas; the file must parse with JSON.parse',
      });
      return undefined;
    }
  };

  const readSchema = (abs: string): SchemaFile | undefined => {
    const read = readJson(abs);
    if (!read) return undefined;
    if (!isSchemaNode(read.json)) {
      problems.push({ file: rel(abs), pointer: '', message: 'a schema file must hold a JSON object', fix: 'wrap the schema in { ... }' });
      return undefined;
    }
    return { path: rel(abs), json: read.json };
  };

  const readExamples = (dir: string): ExampleFile[] =>
    sortedEntries(dir)
      .filter((entry) => entry.endsWith('.json'))
      .flatMap((entry) => {
        const read = readJson(join(dir, entry));
        return read ? [{ path: rel(join(dir, entry)), name: entry.slice(0, -'.json'.length), text: read.text, payload: read.json }] : [];
      });

  const vendors = sortedEntries(schemasDir)
    .filter((id) => isDirectory(join(schemasDir, id)))
    .map((id): VendorTree => {
      const vendorDir = join(schemasDir, id);
      const factsPath = join(vendorDir, 'vendor.json');
      const facts = existsSync(factsPath) ? readJson(factsPath) : undefined;
      if (!existsSync(factsPath)) {
        problems.push({
          file: rel(vendorDir),
          pointer: '',
          message: 'vendor folder has no vendor.json',
          fix: 'add vendor.json (see scripts/vendor.schema.json)',
        });
      }
      const commonDir = join(vendorDir, 'common');
      const commons = isDirectory(commonDir)
        ? sortedEntries(commonDir)
            .filter((entry) => entry.endsWith(SCHEMA_SUFFIX))
            .flatMap((entry) => readSchema(join(commonDir, entry)) ?? [])
        : [];
      const events = sortedEntries(vendorDir)
        .filter((group) => group !== 'common' && isDirectory(join(vendorDir, group)))
        .flatMap((group) =>
          sortedEntries(join(vendorDir, group))
            .filter((entry) => entry.endsWith(SCHEMA_SUFFIX))
            .flatMap((entry): EventFile[] => {
              const file = entry.slice(0, -SCHEMA_SUFFIX.length);
              const schema = readSchema(join(vendorDir, group, entry));
              if (!schema) return [];
              const examplesDir = join(vendorDir, group, file + EXAMPLES_SUFFIX);
              return [{ ...schema, group, file, examples: isDirectory(examplesDir) ? readExamples(examplesDir) : [] }];
            }),
        );
      return { id, factsFile: { path: rel(factsPath), json: facts?.json }, commons, events };
    });
  return { vendors, problems };
}

function sortedEntries(dir: string): string[] {
  return readdirSync(dir).sort();
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
