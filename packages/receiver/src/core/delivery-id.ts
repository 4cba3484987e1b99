import type { Platform } from '../platform/platform.js';
import type { Vendor } from './types.js';

/**
 * The key that identifies a delivery across the vendor's retries: Nexconn envelopes carry an `id`; Sendbird and
 * TalkPlus resend the same bytes, so a SHA-256 of the raw body identifies them.
 */
export async function deliveryId(platform: Platform, vendor: Vendor, payload: Record<string, unknown>, rawBody: Uint8Array): Promise<string> {
  if (vendor === 'nexconn' && typeof payload.id === 'string') return `nexconn:${payload.id}`;
  return `${vendor}:${await platform.sha256Hex(rawBody)}`;
}
