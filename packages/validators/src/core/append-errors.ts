import type { RawError } from './types.js';

/**
 * Appends a referenced definition's errors to the caller's, in place. ajv's standalone code does
 * `vErrors = vErrors === null ? f.errors : vErrors.concat(f.errors)`, which copies every error so far on each
 * failing call: quadratic, minutes for a body of 400,000 invalid array items. The generator rewrites that
 * statement into a call of this function (scripts/generate-validators-package.ts). Keeping `more` itself when
 * there is nothing yet is what ajv does too; the compiled function gives itself a new array on every call.
 */
export function appendErrors(errors: RawError[] | null, more: RawError[]): RawError[] {
  if (errors === null) return more;
  const count = more.length;
  for (let index = 0; index < count; index++) errors.push(more[index]!);
  return errors;
}

/** Reports one error of the explaining (ajv) code: appends it to `errors`, which it creates on the first one. */
export function pushError(errors: RawError[] | null, instancePath: string, keyword: string, params: Record<string, unknown>): RawError[] {
  const error = { instancePath, keyword, params };
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}
