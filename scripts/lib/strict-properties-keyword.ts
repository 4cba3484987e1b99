import type { CodeKeywordDefinition, KeywordCxt } from 'ajv/dist/2020.js';
import { _, Name, not, or } from 'ajv/dist/compile/codegen/index.js';
import { mapClosableObjects } from './close-objects.ts';
import type { SchemaNode } from './walk-schema.ts';

/** Name of the module-level flag that the generated validators read; `runStrict` sets it. */
export const STRICT_FLAG = 'strictMode';
export const STRICT_PROPERTIES_KEYWORD = 'x-strict-properties';

/**
 * `additionalProperties: false` that applies only while the generated module's `strictMode` flag is on.
 * One compiled function then serves both flavours, lenient and strict, and the package carries half the code.
 * Its errors have the same params as ajv's additionalProperties ones.
 */
export const strictPropertiesKeyword: CodeKeywordDefinition = {
  keyword: STRICT_PROPERTIES_KEYWORD,
  type: 'object',
  schemaType: 'array',
  error: {
    message: 'must NOT have additional properties',
    params: ({ params }) => _`{additionalProperty: ${params.additionalProperty}}`,
  },
  code(cxt: KeywordCxt) {
    const { gen, data, schema } = cxt;
    const known = schema as string[];
    gen.if(new Name(STRICT_FLAG), () =>
      gen.forIn('key', data, (key) => {
        const isKnown = known.length > 0 ? or(...known.map((property) => _`${key} === ${property}`)) : _`false`;
        gen.if(not(isKnown), () => {
          cxt.setParams({ additionalProperty: key });
          cxt.error();
        });
      }),
    );
  },
};

/** Marks every object that the strict flavour closes with the properties it knows. */
export function markStrictProperties(schema: SchemaNode): SchemaNode {
  return mapClosableObjects(schema, (node, known) => ({ ...node, [STRICT_PROPERTIES_KEYWORD]: known }));
}
