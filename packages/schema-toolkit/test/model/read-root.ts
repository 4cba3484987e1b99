import { readSchemaModel, type ModelNode } from '../../src/index.js';

/** The model of `schema` read as the root of a bundle holding `definitions`. */
export function readRoot(schema: Record<string, unknown>, definitions: Record<string, unknown> = {}): ModelNode {
  return readSchemaModel({ ...schema, $defs: definitions }).root!;
}
