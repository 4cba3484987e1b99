import type { JsonSchema } from '@chat-webhooks/schemas';

type Node = { [keyword: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A published schema with ajv's `discriminator` beside each `oneOf` of variants, as codegen compiles it: the
 * oracle for the generated validators' errors (plain `oneOf` gives the same verdicts, but every variant's errors).
 * Written here independently of scripts/lib/variants.ts, so a mistake there does not hide itself.
 */
export function withDiscriminators(schema: JsonSchema): JsonSchema {
  const definitions = isNode(schema.$defs) ? schema.$defs : {};
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!isNode(value)) return value;
    const copy = Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, key === 'const' || key === 'enum' ? child : visit(child)]),
    );
    const targets = Array.isArray(value.oneOf)
      ? value.oneOf.map((branch) =>
          isNode(branch) && typeof branch.$ref === 'string' ? definitions[branch.$ref.replace('#/$defs/', '')] : undefined,
        )
      : [];
    if (targets.length === 0 || !targets.every(isNode)) return copy;
    const tag = Object.keys((targets[0] as Node).properties as Node).find((name) =>
      targets.every(
        (target) =>
          isNode((target as Node).properties) &&
          isNode(((target as Node).properties as Node)[name]) &&
          'const' in (((target as Node).properties as Node)[name] as Node),
      ),
    );
    return tag === undefined ? copy : { ...copy, discriminator: { propertyName: tag } };
  };
  return visit(schema) as JsonSchema;
}
