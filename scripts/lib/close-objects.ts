import { isSchemaNode, mapSchema, type SchemaNode } from './walk-schema.ts';

/**
 * Applies `close` to every object schema that lists its properties and says nothing about others: the
 * objects that the strict flavour closes. Canonical schemas stay open.
 */
export function mapClosableObjects(schema: SchemaNode, close: (node: SchemaNode & { properties: SchemaNode }) => SchemaNode): SchemaNode {
  return mapSchema(schema, (node) =>
    isSchemaNode(node.properties) && node.additionalProperties === undefined ? close(node as SchemaNode & { properties: SchemaNode }) : node,
  );
}

/** The strict flavour of a canonical schema: unknown properties rejected at every depth (the drift detector). */
export function closeObjects(schema: SchemaNode): SchemaNode {
  return mapClosableObjects(schema, (node) => ({ ...node, additionalProperties: false }));
}
