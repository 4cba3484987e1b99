import type { ValidationError } from '@chat-webhooks/validators';

/** Thrown when overrides make a mock invalid; carries the validator's readable errors. */
export class MockValidationError extends Error {
  override readonly name = 'MockValidationError';

  constructor(
    readonly vendor: string,
    readonly event: string,
    readonly errors: readonly ValidationError[],
  ) {
    super(
      `@chat-webhooks/mocks: the overrides make this ${vendor} ${event} payload invalid:\n` +
        errors.map((error) => `  ${error.message}`).join('\n') +
        '\npass { allowInvalid: true } to get it anyway (negative tests)',
    );
  }
}
