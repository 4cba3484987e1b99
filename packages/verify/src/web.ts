import { constantTimeEqual, cryptoUnavailable, encode, mismatch, prepareSigning, prepareVerification } from './core/index.js';
import type { RawBody, Vendor, VerifyInput, VerifyResult } from './core/index.js';

export { secretName, signatureHeader } from './core/index.js';
export type { RawBody, SignatureHeaderValue, Vendor, VerifyFailure, VerifyFailureReason, VerifyInput, VerifyResult } from './core/index.js';

/**
 * The part of Web Crypto used here, declared locally so this entry point's types need neither the DOM library
 * nor @types/node, and so it never imports a Node built-in.
 */
interface HmacSubtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    usages: ['sign'],
  ): Promise<unknown>;
  sign(algorithm: 'HMAC', key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

function subtle(): HmacSubtle {
  const found = (globalThis as unknown as { crypto?: { subtle?: HmacSubtle } }).crypto?.subtle;
  if (!found) throw new Error('globalThis.crypto.subtle is not available');
  return found;
}

/** Web Crypto refuses views of a SharedArrayBuffer; copy those into an ordinary buffer. */
function unshared(bytes: Uint8Array): Uint8Array {
  return bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
}

async function hmacSha256(key: Uint8Array, body: Uint8Array): Promise<Uint8Array> {
  const crypto = subtle();
  const cryptoKey = await crypto.importKey('raw', unshared(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.sign('HMAC', cryptoKey, unshared(body)));
}

/**
 * The signature header value `vendor` would send with `body` (Web Crypto twin of the Node `sign`). Rejects with a
 * TypeError for an unknown or unsupported vendor (Nexconn), an empty secret or a body that is not raw bytes or text.
 */
export async function sign(vendor: Vendor, body: RawBody, secret: string): Promise<string> {
  const prepared = prepareSigning(vendor, body, secret);
  let mac: Uint8Array;
  try {
    mac = await hmacSha256(prepared.key, prepared.body);
  } catch (error) {
    throw new Error(cryptoUnavailable(error).message);
  }
  return encode(prepared.scheme.encoding, mac);
}

/**
 * Checks a webhook's signature over its raw body with Web Crypto (Workers, Deno, Bun, browsers, Node): the same
 * answers as the Node entry point, as a Promise. Never rejects: every problem resolves to `{ ok: false, reason, message }`.
 */
export async function verifySignature(vendor: Vendor, input: VerifyInput): Promise<VerifyResult> {
  const prepared = prepareVerification(vendor, input);
  if (!prepared.ok) return prepared;
  let macs: Uint8Array[];
  try {
    macs = await Promise.all(prepared.keys.map((key) => hmacSha256(key, prepared.body)));
  } catch (error) {
    return cryptoUnavailable(error);
  }
  let matched = false;
  // Every secret is compared, even after a match, so the time taken does not say which one matched.
  for (const mac of macs) matched = constantTimeEqual(mac, prepared.received) || matched;
  return matched ? { ok: true } : mismatch(prepared);
}
