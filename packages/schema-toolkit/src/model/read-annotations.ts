import { SchemaModelError } from './model-error.js';
import type { Annotations } from './types.js';

type Node = { readonly [keyword: string]: unknown };

/** Keywords that only annotate: every node kind may carry them. */
export const ANNOTATION_ONLY = new Set(['$schema', 'title', 'description', 'x-docs-url', 'examples', 'default', 'format', 'x-mock']);

/** The typed annotations of `node`; a wrongly typed one is refused, naming its pointer. */
export function readAnnotations(node: Node, pointer: string): Annotations {
  const text = (keyword: string) => {
    const value = node[keyword];
    if (value === undefined || typeof value === 'string') return value;
    throw new SchemaModelError(`${pointer}/${keyword}`, `"${keyword}" must be a string`);
  };
  const examples = node['examples'];
  if (examples !== undefined && !Array.isArray(examples)) throw new SchemaModelError(`${pointer}/examples`, '"examples" must be an array');
  const entries: [keyof Annotations, unknown][] = [
    ['title', text('title')],
    ['description', text('description')],
    ['docsUrl', text('x-docs-url')],
    ['examples', examples],
    ['default', node['default']],
    ['format', text('format')],
    ['mock', text('x-mock')],
  ];
  // Absent annotations stay absent (not `undefined`), so a model compares equal to one written by hand.
  return Object.fromEntries([['pointer', pointer], ...entries.filter(([, value]) => value !== undefined)]) as unknown as Annotations;
}
