import { posix } from 'node:path';
import type { SchemaProblem } from './problem.ts';
import type { SchemaFile } from './read-schema-tree.ts';
import { isSchemaNode, mapSchema, walkSchema, type SchemaNode } from './walk-schema.ts';

/**
 * A schema that has a name: a whole file, or one entry of a file's top-level `$defs`.
 * Bundles hoist every named schema they need into `$defs`, keyed by its title, so a bundle never
 * points at another file and a title names the same schema wherever it appears.
 */
interface NamedSchema {
  /** `<file path>` or `<file path>#<$defs key>`. */
  key: string;
  title: string;
  file: string;
  schema: SchemaNode;
}

export interface SchemaIndex {
  named: Map<string, NamedSchema>;
  problems: SchemaProblem[];
}

const DEFS_FRAGMENT = /^\/\$defs\/([^/]+)$/;

/** Indexes the named schemas of one vendor's files and reports every `$ref` that points nowhere. */
export function indexSchemas(files: SchemaFile[]): SchemaIndex {
  const named = new Map<string, NamedSchema>();
  for (const file of files) {
    const { $defs, $schema: _ignored, ...rest } = file.json;
    named.set(file.path, { key: file.path, title: String(file.json.title ?? ''), file: file.path, schema: rest });
    if (isSchemaNode($defs)) {
      for (const [name, def] of Object.entries($defs)) {
        if (isSchemaNode(def))
          named.set(`${file.path}#${name}`, { key: `${file.path}#${name}`, title: String(def.title ?? ''), file: file.path, schema: def });
      }
    }
  }
  const problems: SchemaProblem[] = [];
  for (const file of files) {
    walkSchema(file.json, (node, pointer) => {
      if (typeof node.$ref !== 'string') return;
      const target = refTarget(file.path, node.$ref);
      if (target === undefined) {
        problems.push({
          file: file.path,
          pointer: `${pointer}/$ref`,
          message: `$ref "${node.$ref}" is not of a supported form`,
          fix: 'point at a file ("../common/user.schema.json"), a local definition ("#/$defs/Name") or both ("file.schema.json#/$defs/Name")',
        });
      } else if (!named.has(target)) {
        problems.push({
          file: file.path,
          pointer: `${pointer}/$ref`,
          message: `dangling $ref "${node.$ref}": nothing at ${target.replace('#', ' under $defs/')}`,
          fix: 'correct the path (relative to this file) or add the missing file or definition',
        });
      }
    });
  }
  return { named, problems };
}

/** The key of the named schema that `ref`, written in `fromFile`, points at; undefined if the form is unsupported. */
function refTarget(fromFile: string, ref: string): string | undefined {
  const [pathPart = '', fragment = ''] = ref.split('#', 2);
  const file = pathPart ? posix.normalize(posix.join(posix.dirname(fromFile), pathPart)) : fromFile;
  if (fragment === '') return file;
  const def = DEFS_FRAGMENT.exec(fragment);
  return def ? `${file}#${decodeURIComponent(def[1]!)}` : undefined;
}

/**
 * Collects the named schemas reachable from `startKeys`, with every `$ref` rewritten to `#/$defs/<title>`
 * (or to `#` for `rootKey`, the schema the bundle is about). Returns the definitions by title.
 */
export function bundleDefinitions(index: SchemaIndex, startKeys: string[], rootKey?: string): Map<string, SchemaNode> {
  const definitions = new Map<string, SchemaNode>();
  const pending = [...startKeys];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const key = pending.shift()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const named = index.named.get(key);
    if (!named) continue;
    const rewritten = mapSchema(named.schema, (node) => {
      if (typeof node.$ref !== 'string') return node;
      const target = refTarget(named.file, node.$ref);
      const targetSchema = target === undefined ? undefined : index.named.get(target);
      if (!target || !targetSchema) return node;
      pending.push(target);
      return { ...node, $ref: target === rootKey ? '#' : `#/$defs/${targetSchema.title}` };
    });
    definitions.set(key === rootKey ? '' : named.title, rewritten);
  }
  return definitions;
}

/** The self-contained schema of one event file: its own content plus every definition it needs, hoisted. */
export function bundleEvent(index: SchemaIndex, eventPath: string): SchemaNode {
  const definitions = bundleDefinitions(index, [eventPath], eventPath);
  const root = definitions.get('')!;
  definitions.delete('');
  const $defs = Object.fromEntries([...definitions].sort(([a], [b]) => a.localeCompare(b)));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...root,
    ...(definitions.size > 0 ? { $defs } : {}),
  };
}

/**
 * Every event and shared definition of a vendor as `$defs` of one schema (`#/$defs/<title>`), so that a
 * compiler handles each shared definition once, however many events use it.
 */
export function bundleVendor(index: SchemaIndex): SchemaNode {
  return { $defs: Object.fromEntries(bundleDefinitions(index, [...index.named.keys()])) };
}
