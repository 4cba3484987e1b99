import { verifySignature } from '@chat-webhooks/verify/web';
import type { Platform } from './platform.js';

export const webPlatform: Platform = {
  verifySignature,
  async sha256Hex(bytes) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  },
};
