/** A schema shape outside the subset the model knows; the message names the JSON pointer at fault. */
export class SchemaModelError extends Error {
  override readonly name = 'SchemaModelError';
  constructor(
    readonly pointer: string,
    readonly problem: string,
  ) {
    super(`@chat-webhooks/schema-toolkit: ${pointer || '/'}: ${problem} (see docs/schema-conventions.md)`);
  }
}
