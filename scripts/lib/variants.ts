import { isSchemaNode, mapSchema, walkSchema, type SchemaNode } from './walk-schema.ts';

/**
 * A discriminated union in our subset (docs/schema-conventions.md, "Variants"): an object schema whose `oneOf`
 * lists `$ref`s to object schemas, its variants, that each fix one shared property (the discriminator) with a
 * required `const`. The parent declares the properties every variant has; each variant only the properties
 * that depend on the discriminator (Sendbird's `type` and `payload`). A variant is a part of its parent, not an
 * object of its own, so the strict flavour closes the parent over both and never the variant alone.
 * These helpers read bundles, where every `$ref` is `#/$defs/<Title>`.
 */

/** `[X, { type: 'null' }]`: a nullable reference, the other form of `oneOf` the subset allows. */
export function isNullableOneOf(node: SchemaNode): boolean {
  return Array.isArray(node.oneOf) && node.oneOf.some((branch) => isSchemaNode(branch) && branch.type === 'null');
}

/** The `$ref`s of a discriminated union's variants; [] when `node` is no such union. */
export function variantRefs(node: SchemaNode): string[] {
  if (!Array.isArray(node.oneOf) || isNullableOneOf(node)) return [];
  return node.oneOf.flatMap((branch) => (isSchemaNode(branch) && typeof branch.$ref === 'string' ? [branch.$ref] : []));
}

/** The schema a bundle's `#/$defs/<Title>` points at. */
export function definitionAt(bundle: SchemaNode, ref: string): SchemaNode | undefined {
  const title = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const definitions = bundle.$defs;
  if (title === undefined || !isSchemaNode(definitions)) return undefined;
  const definition = definitions[title];
  return isSchemaNode(definition) ? definition : undefined;
}

/** The property every variant requires and fixes with a `const`, the consts all different; undefined if none. */
export function discriminatorOf(variants: readonly SchemaNode[]): string | undefined {
  const [first, ...rest] = variants;
  if (first === undefined || !isSchemaNode(first.properties)) return undefined;
  const fixes = (variant: SchemaNode, name: string) =>
    isSchemaNode(variant.properties) &&
    isSchemaNode(variant.properties[name]) &&
    'const' in variant.properties[name] &&
    Array.isArray(variant.required) &&
    variant.required.includes(name);
  return Object.keys(first.properties).find((name) => {
    if (![first, ...rest].every((variant) => fixes(variant, name))) return false;
    const values = variants.map((variant) => JSON.stringify((variant.properties as Record<string, SchemaNode>)[name]!.const));
    return new Set(values).size === values.length;
  });
}

/** The variants of `node` resolved in `bundle` (unresolvable ones left out). */
export function variantsOf(node: SchemaNode, bundle: SchemaNode): SchemaNode[] {
  return variantRefs(node).flatMap((ref) => {
    const variant = definitionAt(bundle, ref);
    return variant === undefined ? [] : [variant];
  });
}

/** Every property `node` can have: its own and those of its variants. */
export function knownProperties(node: SchemaNode, bundle: SchemaNode): string[] {
  const own = isSchemaNode(node.properties) ? Object.keys(node.properties) : [];
  const ofVariants = variantsOf(node, bundle).flatMap((variant) =>
    isSchemaNode(variant.properties) ? Object.keys(variant.properties) : [],
  );
  return [...new Set([...own, ...ofVariants])];
}

/** The pointers (`/$defs/<Title>`) of every definition of `bundle` that some union uses as a variant. */
export function variantPointers(bundle: SchemaNode): Set<string> {
  const pointers = new Set<string>();
  walkSchema(bundle, (node) => {
    for (const ref of variantRefs(node)) pointers.add(ref.slice(1));
  });
  return pointers;
}

/**
 * The bundle with ajv's `discriminator` keyword beside each union: ajv then validates only the variant the
 * discriminator selects (faster, and its errors are that variant's alone). Same verdicts as the plain `oneOf`,
 * since the variants' consts differ; the published schemas stay plain JSON Schema without it.
 */
export function addDiscriminators(bundle: SchemaNode): SchemaNode {
  return mapSchema(bundle, (node) => {
    const propertyName = discriminatorOf(variantsOf(node, bundle));
    return propertyName === undefined ? node : { ...node, discriminator: { propertyName } };
  });
}
