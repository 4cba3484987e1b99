import { createHmac, timingSafeEqual } from 'node:crypto';
import { cryptoUnavailable, encode, mismatch, prepareSigning, prepareVerification } from './core/index.js';
import type { RawBody, Vendor, VerifyInput, VerifyResult } from './core/index.js';

export { secretName, signatureHeader } from './core/index.js';
export type { RawBody, SignatureHeaderValue, Vendor, VerifyFailure, VerifyFailureReason, VerifyInput, VerifyResult } from './core/index.js';

function hmacSha256(key: Uint8Array, body: Uint8Array): Uint8Array {
  return createHmac('sha256', key).update(body).digest();
}

/** timingSafeEqual throws on different lengths; answer false instead, after the same amount of work. */
function safeEqual(a: Uint8Array, b: Uint8Array): boolean {
  const sameLength = a.length === b.length;
  return timingSafeEqual(a, sameLength ? b : a) && sameLength;
}

/**
 * The signature header value `vendor` would send with `body`: lower-case hex for Sendbird, padded base64 for
 * TalkPlus. For tests, mocks and replaying captured deliveries. Throws a TypeError for an unknown or unsupported
 * vendor (Nexconn), an empty secret or a body that is not raw bytes or text.
 */
export function sign(vendor: Vendor, body: RawBody, secret: string): string {
  const prepared = prepareSigning(vendor, body, secret);
  return encode(prepared.scheme.encoding, hmacSha256(prepared.key, prepared.body));
}

/**
 * Checks a webhook's signature over its raw body, in constant time, against one secret or several (rotation:
 * any one matching is enough). Never throws: every problem comes back as `{ ok: false, reason, message }`.
 */
export function verifySignature(vendor: Vendor, input: VerifyInput): VerifyResult {
  const prepared = prepareVerification(vendor, input);
  if (!prepared.ok) return prepared;
  let matched = false;
  try {
    // Every secret is tried, even after a match, so the time taken does not say which one matched.
    for (const key of prepared.keys) matched = safeEqual(hmacSha256(key, prepared.body), prepared.received) || matched;
  } catch (error) {
    return cryptoUnavailable(error);
  }
  return matched ? { ok: true } : mismatch(prepared);
}
