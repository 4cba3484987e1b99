import { createReceiverOn } from './core/create-receiver.js';
import { webPlatform } from './platform/web.js';

/**
 * A typed webhook receiver (see the README). This entry point checks signatures with Web Crypto, for Workers,
 * Deno, Bun and browsers; Node resolves `@chat-webhooks/receiver` to the node:crypto twin (`index.node.ts`).
 */
export const createReceiver = createReceiverOn(webPlatform);
export * from './exports.js';
