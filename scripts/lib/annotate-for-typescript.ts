import { enumMembers, type ModelNode } from '@chat-webhooks/schema-toolkit';
import { mapSchema, type SchemaNode } from './walk-schema.ts';

const CONSTRAINING_KEYWORDS = new Set(['type', '$ref', 'tsType', 'const', 'enum', 'oneOf', 'properties', 'items', 'additionalProperties']);

/**
 * Turns our annotation keywords into what json-schema-to-typescript understands: `x-docs-url` becomes a
 * `@see` line of the JSDoc, `x-enum-names` becomes `tsEnumNames` (a named enum), and the meaning of each
 * enum value is listed in the JSDoc, since enum members cannot carry their own comments there.
 * Every `$ref` becomes a `tsType` naming its target: json-schema-to-typescript would otherwise copy a
 * referenced schema that has a sibling `description` into a numbered duplicate type (`SendbirdUser1`).
 * A schema that constrains nothing ("any JSON value") becomes `unknown`; the tool would make it an object.
 * `models` are the typed model's nodes by pointer in `schema` (`nodesByPointer`): they tell which nodes have variants.
 */
export function annotateForTypescript(schema: SchemaNode, models: ReadonlyMap<string, ModelNode>): SchemaNode {
  return mapSchema(schema, (node, pointer) => {
    const {
      'x-docs-url': docsUrl,
      'x-enum-names': enumNames,
      'x-enum-descriptions': enumDescriptions,
      examples: _examples,
      ...rest
    } = node;
    const lines = typeof rest.description === 'string' ? [rest.description] : [];
    if (Array.isArray(enumDescriptions)) {
      lines.push(
        enumMembers(node)
          .map((member) => `- \`${JSON.stringify(member.value)}\`: ${member.description ?? ''}`)
          .join('\n'),
      );
    }
    if (typeof docsUrl === 'string') lines.push(`@see {@link ${docsUrl}}`);
    const ref = typeof rest.$ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(rest.$ref) : null;
    if (ref) {
      delete rest.$ref;
      rest.tsType = ref[1];
    }
    if (!Object.keys(rest).some((keyword) => CONSTRAINING_KEYWORDS.has(keyword))) rest.tsType = 'unknown';
    const annotated = {
      ...rest,
      ...(lines.length > 0 ? { description: lines.join('\n\n') } : {}),
      ...(Array.isArray(enumNames) ? { tsEnumNames: enumNames } : {}),
    };
    return models.get(pointer)?.kind === 'variants' ? asIntersection(annotated) : annotated;
  });
}

/**
 * An object with variants (scripts/lib/variants.ts) as `<Title>Fields & (VariantA | VariantB)`: the tool's own
 * rendering of `properties` beside `oneOf` names both halves with numbers (`<Title>1 & <Title>2`).
 * The variants' `$ref`s are `tsType` names by now (children are annotated first).
 */
function asIntersection(node: SchemaNode): SchemaNode {
  const { oneOf, title, description, ...fields } = node;
  const variants = (oneOf as SchemaNode[]).map((branch) => String(branch.tsType));
  const shared = typeof title === 'string' ? { title: `${title}Fields`, description: `What every variant of \`${title}\` carries.` } : {};
  return {
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    allOf: [{ ...shared, ...fields }, { tsType: `(${variants.join(' | ')})` }],
  };
}
