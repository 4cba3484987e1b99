import { knownProperties, variantPointers } from './variants.ts';
import { isSchemaNode, mapSchema, type SchemaNode } from './walk-schema.ts';

/**
 * Applies `close` to every object schema that lists its properties and says nothing about others: the
 * objects that the strict flavour closes, each over `known`, its own properties and those of its variants.
 * Variants are parts of their parent (scripts/lib/variants.ts) and are never closed on their own.
 * `bundle` is self-contained (`$ref`s into its own `$defs`). Canonical schemas stay open.
 */
export function mapClosableObjects(bundle: SchemaNode, close: (node: SchemaNode, known: string[]) => SchemaNode): SchemaNode {
  const variants = variantPointers(bundle);
  return mapSchema(bundle, (node, pointer) =>
    isSchemaNode(node.properties) && node.additionalProperties === undefined && !variants.has(pointer)
      ? close(node, knownProperties(node, bundle))
      : node,
  );
}

/** The strict flavour of a canonical schema: unknown properties rejected at every depth (the drift detector). */
export function closeObjects(bundle: SchemaNode): SchemaNode {
  return mapClosableObjects(bundle, (node, known) => {
    const properties = node.properties as SchemaNode;
    // additionalProperties sees only sibling `properties`: the variants' own ones are listed here, unconstrained.
    const fromVariants = known.filter((name) => !(name in properties)).map((name) => [name, {}]);
    return { ...node, properties: { ...properties, ...Object.fromEntries(fromVariants) }, additionalProperties: false };
  });
}
