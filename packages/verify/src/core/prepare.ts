import { readField } from './describe-value.js';
import { failure, isFailure, signError } from './failure.js';
import { notRawBody, rawBodyBytes } from './raw-body.js';
import { lookupScheme, type SignatureScheme } from './scheme.js';
import { checkSecret, collectKeys, secretKey } from './secrets.js';
import { decodeSignature } from './signature.js';
import type { VerifyFailure } from './types.js';

/** Everything a twin needs to compute and compare MACs, every input already checked. */
export interface PreparedVerification {
  ok: true;
  scheme: SignatureScheme;
  body: Uint8Array;
  /** One HMAC key per secret, in the order given. */
  keys: Uint8Array[];
  /** The MAC the signature header carries. */
  received: Uint8Array;
}

/** Runs one check and turns anything it throws (a Proxy, a hostile getter) into the failure of that check. */
function guard<T>(check: () => T | VerifyFailure, onThrow: () => VerifyFailure): T | VerifyFailure {
  try {
    return check();
  } catch {
    return onThrow();
  }
}

/**
 * The checks both twins share, in the order of whose fault a failure is: the receiving code's setup first
 * (vendor, secrets, body), then the request (signature). Never throws.
 */
export function prepareVerification(vendor: unknown, input: unknown): PreparedVerification | VerifyFailure {
  const lookup = lookupScheme(vendor);
  if (!lookup.ok) return lookup;
  const { scheme } = lookup;
  const keys = guard(
    () => collectKeys(input),
    () => failure('emptySecret', 'the secrets could not be read (a getter or Proxy threw)'),
  );
  if (isFailure(keys)) return keys;
  const rawBody = readField(input, 'body');
  const body = guard(
    () => rawBodyBytes(rawBody) ?? notRawBody(rawBody),
    () => notRawBody(rawBody, 'an object that could not be read (a getter or Proxy threw)'),
  );
  if (isFailure(body)) return body;
  const received = guard(
    () => decodeSignature(scheme, readField(input, 'signature')),
    () => failure('malformedSignature', `the ${scheme.header} header could not be read (a getter or Proxy threw)`),
  );
  if (isFailure(received)) return received;
  return { ok: true, scheme, body, keys, received };
}

/** The answer when no secret produces the signature. Says what usually causes it, and never what was expected. */
export function mismatch({ scheme, body, keys }: PreparedVerification): VerifyFailure {
  const tried = keys.length === 1 ? 'the secret' : `any of the ${keys.length} secrets`;
  const emptyBody = body.length === 0 ? ' The body is empty: was the request stream already consumed by a body parser?' : '';
  return failure(
    'mismatch',
    `the ${scheme.header} header does not match the body signed with ${tried}.${emptyBody} Check that the body is the raw bytes as received (not re-serialised JSON, nothing appended such as a trailing newline) and that the secret is ${scheme.name}'s ${scheme.secretName}, used as-is.`,
  );
}

/** The answer when the runtime could not compute an HMAC at all. */
export function cryptoUnavailable(error: unknown): VerifyFailure {
  const detail = error instanceof Error ? `: ${error.message}` : '';
  return failure(
    'cryptoUnavailable',
    `HMAC-SHA256 could not be computed in this runtime${detail}. The web entry point needs Web Crypto (globalThis.crypto.subtle), which browsers offer only on https pages.`,
  );
}

/** What `sign()` needs: a known, supported vendor, a raw body and one non-empty secret. Throws a TypeError otherwise. */
export function prepareSigning(
  vendor: unknown,
  body: unknown,
  secret: unknown,
): { scheme: SignatureScheme; body: Uint8Array; key: Uint8Array } {
  const lookup = lookupScheme(vendor);
  if (!lookup.ok) throw signError(lookup);
  const problem = checkSecret(secret);
  if (problem) throw signError(problem);
  const bytes = rawBodyBytes(body);
  if (!bytes) throw signError(notRawBody(body));
  return { scheme: lookup.scheme, body: bytes, key: secretKey(secret as string) };
}
