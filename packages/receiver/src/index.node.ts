import { createReceiverOn } from './core/create-receiver.js';
import { nodePlatform } from './platform/node.js';

/**
 * A typed webhook receiver (see the README), checking signatures and hashing bodies with node:crypto: what Node
 * resolves `@chat-webhooks/receiver` to (the `node` export condition). Same API as the Web Crypto entry point.
 */
export const createReceiver = createReceiverOn(nodePlatform);
export * from './exports.js';
