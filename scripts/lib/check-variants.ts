import { bundleVendor, type SchemaIndex } from './bundle-schemas.ts';
import type { SchemaProblem } from './problem.ts';
import { definitionAt, discriminatorOf, isNullableOneOf } from './variants.ts';
import { isSchemaNode, walkSchema } from './walk-schema.ts';

/**
 * Every `oneOf` of a vendor is either a nullable reference (`[X, { type: 'null' }]`) or a discriminated union
 * (scripts/lib/variants.ts) that every generator can turn into a type that narrows. Needs resolvable refs.
 */
export function checkVariants(index: SchemaIndex): SchemaProblem[] {
  const bundle = bundleVendor(index);
  const fileOf = new Map([...index.named.values()].map((named) => [named.title, named]));
  const problems: SchemaProblem[] = [];
  for (const [title, definition] of Object.entries(bundle.$defs as Record<string, unknown>)) {
    const named = fileOf.get(title);
    if (!named || !isSchemaNode(definition)) continue;
    const prefix = named.key.includes('#') ? `/$defs/${named.key.split('#')[1]}` : '';
    walkSchema(definition, (node, pointer) => {
      if (!Array.isArray(node.oneOf)) return;
      const report = (message: string, fix: string) =>
        problems.push({ file: named.file, pointer: `${prefix}${pointer}/oneOf`, message, fix });
      if (isNullableOneOf(node)) {
        if (node.oneOf.length !== 2) report('a nullable "oneOf" has exactly two branches', 'write [{ "$ref": ... }, { "type": "null" }]');
        return;
      }
      const branches = node.oneOf.map((branch) =>
        isSchemaNode(branch) && typeof branch.$ref === 'string' && Object.keys(branch).length === 1
          ? definitionAt(bundle, branch.$ref)
          : undefined,
      );
      if (branches.some((branch) => branch === undefined || branch.type !== 'object' || !isSchemaNode(branch.properties))) {
        report(
          'each branch of a discriminated "oneOf" is a bare "$ref" to an object schema with "properties"',
          'move each variant to a titled schema (a file in common/ or a $defs entry) and list { "$ref": ... } only',
        );
        return;
      }
      const variants = branches as NonNullable<(typeof branches)[number]>[];
      const discriminator = discriminatorOf(variants);
      if (discriminator === undefined) {
        report(
          'the variants share no property that each requires and fixes with a different "const"',
          'give every variant the same required property (e.g. "type") with its own "const"',
        );
        return;
      }
      if (node.type !== 'object') report('a discriminated union is an object', 'add "type": "object" beside the "oneOf"');
      const own = isSchemaNode(node.properties) ? node.properties : {};
      for (const variant of variants) {
        for (const name of Object.keys(variant.properties as object)) {
          if (name in own)
            report(
              `"${name}" is declared both here and in a variant`,
              `declare "${name}" only in the variants (the parent holds what every variant shares)`,
            );
        }
      }
    });
  }
  return problems;
}
