import { isSchemaNode, mapSchema, type SchemaNode } from './walk-schema.ts';

/**
 * The strict flavour of a canonical schema: every object that lists its properties and says nothing
 * about others now rejects unknown ones. This is the drift detector; canonical schemas stay open.
 */
export function closeObjects(schema: SchemaNode): SchemaNode {
  return mapSchema(schema, (node) =>
    isSchemaNode(node.properties) && node.additionalProperties === undefined ? { ...node, additionalProperties: false } : node,
  );
}
