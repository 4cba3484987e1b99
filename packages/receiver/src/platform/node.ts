import { createHash } from 'node:crypto';
import { verifySignature } from '@chat-webhooks/verify';
import type { Platform } from './platform.js';

export const nodePlatform: Platform = {
  verifySignature,
  sha256Hex: (bytes) => createHash('sha256').update(bytes).digest('hex'),
};
