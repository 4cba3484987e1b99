import { describeValue, readField } from './describe-value.js';
import { failure } from './failure.js';
import { secretNames } from './secret-names.js';
import type { VerifyFailure } from './types.js';

let encoder: InstanceType<typeof TextEncoder> | undefined;

/**
 * The HMAC key of one secret: the string's own UTF-8 bytes. Every vendor here keys with the secret "as-is": a
 * Sendbird API token or a TalkPlus App API key that looks like hex is still used as text, never hex-decoded.
 */
export function secretKey(secret: string): Uint8Array {
  return (encoder ??= new TextEncoder()).encode(secret);
}

/**
 * Checks one secret. An empty string is refused outright: anyone can compute an HMAC keyed with nothing, and an
 * empty secret is nearly always an unset environment variable (`process.env.TOKEN ?? ''`).
 */
export function checkSecret(secret: unknown, label = 'secret'): VerifyFailure | undefined {
  if (typeof secret === 'string' && secret !== '') return undefined;
  if (secret === undefined || secret === null || secret === '') {
    return failure(
      'emptySecret',
      `no ${label} was given (${describeValue(secret)}): pass the vendor's signing secret as a non-empty string (${secretNames()})`,
    );
  }
  return failure('emptySecret', `the ${label} must be a non-empty string, got ${describeValue(secret)}`);
}

/**
 * The HMAC keys of `{ secret }` or `{ secrets }`. Given both, all of them are tried. During a rotation every entry
 * must be a real secret: one empty entry refuses the lot rather than being skipped in silence, so a half-removed
 * secret shows up as a configuration error instead of as "mismatch" on every request.
 */
export function collectKeys(input: unknown): Uint8Array[] | VerifyFailure {
  const single = readField(input, 'secret');
  const several = readField(input, 'secrets');
  const secrets: unknown[] = [];
  if (single !== undefined) secrets.push(single);
  if (several !== undefined) {
    if (!Array.isArray(several))
      return failure('emptySecret', `secrets must be an array of non-empty strings, got ${describeValue(several)}`);
    for (let index = 0; index < several.length; index++) secrets.push(readField(several, String(index)));
  }
  if (secrets.length === 0) {
    return failure(
      'emptySecret',
      `no secret was given: pass { secret } (the vendor's signing secret as a non-empty string; ${secretNames()}) or, during a rotation, { secrets: [newSecret, oldSecret] }`,
    );
  }
  const keys: Uint8Array[] = [];
  for (let index = 0; index < secrets.length; index++) {
    const secret = secrets[index];
    const problem = checkSecret(
      secret,
      single !== undefined && index === 0 ? 'secret' : `secrets[${single !== undefined ? index - 1 : index}]`,
    );
    if (problem) return problem;
    keys.push(secretKey(secret as string));
  }
  return keys;
}
