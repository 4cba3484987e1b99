import { vendors, type Vendor } from '@chat-webhooks/schemas';

/**
 * The body bytes the vendor would send for a payload. A vendor whose requests carry `unicode-escaped: true`
 * (Sendbird) writes "/" as "\/": a "/" can only occur inside a JSON string, so escaping every one keeps the
 * same JSON value while the bytes, and so the signature, differ from a plain re-serialisation.
 */
export function vendorBody(vendor: Vendor, payload: unknown): Uint8Array {
  const text = JSON.stringify(payload);
  return new TextEncoder().encode(escapesSlashes(vendor) ? text.replaceAll('/', '\\/') : text);
}

export function escapesSlashes(vendor: Vendor): boolean {
  return vendors.find((candidate) => candidate.id === vendor)?.delivery.headers['unicode-escaped'] === 'true';
}
