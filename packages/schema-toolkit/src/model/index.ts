export { SchemaModelError } from './model-error.js';
export { readSchemaModel, type SchemaModel } from './read-schema-model.js';
export type * from './types.js';
export { childrenOf, nodesByPointer, referencedTitles, walkModel } from './walk-model.js';
