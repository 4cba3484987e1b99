export type { Vendor } from '@chat-webhooks/types';

/**
 * The request body exactly as received: text (encoded as UTF-8 before signing) or bytes. A `Buffer` is a
 * `Uint8Array`; an `ArrayBuffer` is what `await request.arrayBuffer()` gives in Fetch runtimes.
 */
export type RawBody = string | Uint8Array | ArrayBuffer;

/**
 * The signature header's value as frameworks hand it over: `req.headers[name]` in Node (`string | string[] | undefined`),
 * `request.headers.get(name)` in Fetch runtimes (`string | null`). An array must hold exactly one value.
 */
export type SignatureHeaderValue = string | readonly string[] | null | undefined;

interface VerifyInputBase {
  /** The raw request body, never a parsed object. */
  body: RawBody;
  /** The value of the vendor's signature header (`signatureHeader(vendor)`). */
  signature: SignatureHeaderValue;
}

/**
 * What `verifySignature` checks. `secret` is the vendor's signing secret as a string (Sendbird: the master API
 * token; TalkPlus: the App API key), used as-is. During a rotation pass `secrets` instead: any one matching is enough.
 */
export type VerifyInput =
  | (VerifyInputBase & { secret: string; secrets?: never })
  | (VerifyInputBase & { secrets: readonly string[]; secret?: never });

/**
 * Why a signature was not accepted. The first five are the receiving code's own setup (answer 500 and fix it);
 * `missingSignature`, `malformedSignature` and `mismatch` are the request's (answer 401).
 */
export type VerifyFailureReason =
  /** The vendor id is not one this package knows. */
  | 'unknownVendor'
  /** The vendor is known but documents no signature scheme we implement (Nexconn): nothing is guessed. */
  | 'unsupportedVendor'
  /** No secret, an empty one, or a non-string one. */
  | 'emptySecret'
  /** The body is not raw bytes or text: usually a JSON body parser ran first. */
  | 'notRawBody'
  /** The runtime could not compute the HMAC (Web Crypto absent, e.g. a browser page served over plain http). */
  | 'cryptoUnavailable'
  /** The signature header is absent or empty. */
  | 'missingSignature'
  /** The signature header is not the vendor's encoding (hex or base64) of a 32-byte HMAC-SHA256. */
  | 'malformedSignature'
  /** A well-formed signature that no secret produces over these bytes. */
  | 'mismatch';

export interface VerifyFailure {
  ok: false;
  reason: VerifyFailureReason;
  /** A sentence for logs and people, prefixed "@chat-webhooks/verify:". Never contains a secret or the expected signature. */
  message: string;
}

export type VerifyResult = { ok: true } | VerifyFailure;
