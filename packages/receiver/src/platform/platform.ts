import type { VerifyInput, VerifyResult } from '@chat-webhooks/verify/web';
import type { Vendor } from '../core/types.js';

/**
 * What the receiver needs of the runtime's cryptography: node:crypto on Node (`@chat-webhooks/receiver` under the
 * `node` export condition: a signature check in microseconds), Web Crypto elsewhere (Workers, Deno, Bun, browsers).
 */
export interface Platform {
  verifySignature(vendor: Vendor, input: VerifyInput): VerifyResult | Promise<VerifyResult>;
  /** Lower-case hex SHA-256 of `bytes`. */
  sha256Hex(bytes: Uint8Array): string | Promise<string>;
}
