import { stripAnnotations } from './strip-annotations.ts';
import { markStrictProperties } from './strict-properties-keyword.ts';
import { addDiscriminators } from './variants.ts';
import type { SchemaNode } from './walk-schema.ts';

/**
 * The bundle both halves of a validator are made from, the fast path (generated code) and the explainer (shipped
 * data): annotations stripped, `x-strict-properties` on each object strict mode closes, ajv's `discriminator`
 * beside each union. One bundle for both, so the two answer alike by construction (the tests check they do).
 */
export function validatorBundle(schema: SchemaNode): SchemaNode {
  return addDiscriminators(markStrictProperties(stripAnnotations(schema)));
}
