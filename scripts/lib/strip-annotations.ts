import { ANNOTATION_KEYWORDS } from '@chat-webhooks/schema-toolkit';
import { mapSchema, type SchemaNode } from './walk-schema.ts';

/** The schema without keywords that never change a validation result: smaller validators, same answers. */
export function stripAnnotations(schema: SchemaNode): SchemaNode {
  return mapSchema(schema, (node) => Object.fromEntries(Object.entries(node).filter(([keyword]) => !ANNOTATION_KEYWORDS.has(keyword))));
}
