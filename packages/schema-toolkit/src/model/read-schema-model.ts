import { SchemaModelError } from './model-error.js';
import { isNode, pointerSegment, readNode, type ReadContext } from './read-node.js';
import type { ModelNode } from './types.js';

/** The typed model of a self-contained bundle: its root schema (if any) and its `$defs` by title. */
export interface SchemaModel {
  /** The bundle's own schema (an event), undefined for a bundle of definitions only (a vendor). */
  readonly root: ModelNode | undefined;
  /** Every `$defs` entry, keyed by title as the bundle's `#/$defs/<Title>` references spell it, in bundle order. */
  readonly definitions: ReadonlyMap<string, ModelNode>;
  /** The definition `title` names (the root for the root's own title); throws for an unknown one. */
  definition(title: string): ModelNode;
  /** `node` with every reference followed (through `#/$defs/...` and `#`); any other node as it is. */
  resolve(node: ModelNode): Exclude<ModelNode, { kind: 'ref' }>;
}

const DEFS_REF = /^#\/\$defs\/([^/]+)$/;

/**
 * Reads a self-contained bundle of our subset (`$defs` keyed by title, `$ref`s of the form `#/$defs/<Title>` or
 * `#`), as the loader and `@chat-webhooks/schemas` make them, into its typed model. A shape outside the subset
 * throws a SchemaModelError naming its pointer: the loader refuses such schemas first, so this is a guard.
 */
export function readSchemaModel(bundle: unknown): SchemaModel {
  if (!isNode(bundle)) throw new SchemaModelError('', 'a bundle must be a JSON Schema object');
  const raw = bundle['$defs'] ?? {};
  if (!isNode(raw)) throw new SchemaModelError('/$defs', '"$defs" must be an object');
  const { $defs: _definitions, $schema: _dialect, ...rootKeywords } = bundle;
  const rootTitle = typeof bundle['title'] === 'string' ? bundle['title'] : undefined;
  const hasRoot = Object.keys(rootKeywords).length > 0;
  const definitions = new Map<string, ModelNode>();
  const reading = new Set<string>();

  const context: ReadContext = {
    refTarget(ref, pointer) {
      if (ref === '#') {
        if (!hasRoot || rootTitle === undefined) throw new SchemaModelError(pointer, '"#" points at a root schema without a title');
        return { title: rootTitle, toRoot: true };
      }
      const title = DEFS_REF.exec(ref)?.[1];
      if (title === undefined) throw new SchemaModelError(pointer, `$ref "${ref}" is not of the bundle form "#/$defs/<Title>"`);
      const decoded = decodeURIComponent(title);
      if (!(decoded in raw) && decoded !== rootTitle)
        throw new SchemaModelError(pointer, `dangling $ref "${ref}": the bundle has no such definition`);
      return { title: decoded, toRoot: false };
    },
    definition(title, pointer) {
      const known = definitions.get(title);
      if (known !== undefined) return known;
      if (reading.has(title)) throw new SchemaModelError(pointer, `definition ${title} is its own variant`);
      if (!(title in raw)) throw new SchemaModelError(pointer, `no definition titled ${title}`);
      reading.add(title);
      const model = readNode(raw[title], `/$defs/${pointerSegment(title)}`, context);
      reading.delete(title);
      definitions.set(title, model);
      return model;
    },
  };

  for (const title of Object.keys(raw)) context.definition(title, `/$defs/${pointerSegment(title)}`);
  // Re-insert in bundle order: variants may have been read before the definitions listed ahead of them.
  const ordered = new Map(Object.keys(raw).map((title) => [title, definitions.get(title)!]));
  const root = hasRoot ? readNode(rootKeywords, '', context) : undefined;

  const definition = (title: string): ModelNode => {
    const found = ordered.get(title) ?? (title === rootTitle ? root : undefined);
    if (found === undefined) throw new SchemaModelError(`/$defs/${pointerSegment(title)}`, `no definition titled ${title}`);
    return found;
  };
  return {
    root,
    definitions: ordered,
    definition,
    resolve(node) {
      let current = node;
      // A chain of references longer than the bundle's definitions can only be a cycle of bare references.
      for (let hops = 0; current.kind === 'ref'; hops++) {
        if (hops > ordered.size + 1) throw new SchemaModelError(current.pointer, 'references that only point at each other');
        current = current.toRoot ? root! : definition(current.target);
      }
      return current;
    },
  };
}
