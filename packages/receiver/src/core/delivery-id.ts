import type { VendorFacts } from '@chat-webhooks/schemas/vendors';
import type { Platform } from '../platform/platform.js';

/**
 * The key that identifies a delivery across the vendor's retries. A vendor whose envelope names the delivery
 * (`delivery.idProperty` in its facts: Nexconn's `id`) is keyed by that; the others resend the same bytes, so a
 * SHA-256 of the raw body identifies them.
 */
export async function deliveryId(
  platform: Platform,
  facts: VendorFacts,
  payload: Record<string, unknown>,
  rawBody: Uint8Array,
): Promise<string> {
  const property = facts.delivery.idProperty;
  const value = property === undefined ? undefined : payload[property];
  // Only a non-empty string: a number may have lost digits in JSON.parse, and two deliveries must never share a key.
  if (typeof value === 'string' && value !== '') return `${facts.id}:${value}`;
  return `${facts.id}:${await platform.sha256Hex(rawBody)}`;
}
