/** A mistake in how the command was called: printed with the command's help hint, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}
