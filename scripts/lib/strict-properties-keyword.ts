import { mapClosableObjects } from './close-objects.ts';
import type { SchemaNode } from './walk-schema.ts';

/**
 * `additionalProperties: false` that applies only in strict mode, naming the properties an object knows (its own
 * and its variants'). One validator then serves both flavours, lenient and strict: the fast path reads the mark
 * when its `strict` argument is true, the explainer (packages/validators/src/core/explain.ts) likewise, with the
 * same params as ajv's additionalProperties errors.
 */
export const STRICT_PROPERTIES_KEYWORD = 'x-strict-properties';

/** Marks every object that the strict flavour closes with the properties it knows. */
export function markStrictProperties(schema: SchemaNode): SchemaNode {
  return mapClosableObjects(schema, (node, known) => ({ ...node, [STRICT_PROPERTIES_KEYWORD]: known }));
}
