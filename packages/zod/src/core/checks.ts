import { z } from 'zod';

/**
 * JSON Schema's `integer`: any number without a fractional part. Not `z.int()`, which also refuses integers
 * beyond Number.MAX_SAFE_INTEGER and would disagree with @chat-webhooks/validators on them.
 */
export function integer() {
  return z.number().refine(Number.isInteger, { error: 'Invalid input: expected an integer' });
}

/** Length in Unicode code points, as JSON Schema's `minLength` and `maxLength` count it (Zod counts UTF-16 units). */
export function codePoints(text: string): number {
  let length = 0;
  for (const _character of text) length++;
  return length;
}

/**
 * An open object with a closed type, as everywhere in chat-webhooks: unknown properties pass and are kept (vendors
 * add fields without notice), while the inferred type lists the documented ones only, like @chat-webhooks/types,
 * so a misspelt field is a compile error rather than `unknown`. `z.looseObject` at run time; typed as
 * `z.object`'s closed output (its `[key: string]: unknown` would make every property name valid).
 */
export function openObject<Shape extends z.core.$ZodLooseShape>(shape: Shape): z.ZodObject<Shape, z.core.$strip> {
  return z.looseObject(shape) as unknown as z.ZodObject<Shape, z.core.$strip>;
}
