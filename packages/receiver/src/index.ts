export { createReceiver, type HandleOptions, type Receiver, type ReceiverOptions } from './core/create-receiver.js';
export { createMemoryDedupeStore, type DedupeStore } from './core/dedupe-store.js';
export {
  ReceiverError,
  type AnyEventHandler,
  type DeliveryContext,
  type ErrorHandler,
  type EventHandler,
  type IncomingHeaders,
  type UnknownEventHandler,
  type WebhookRequest,
  type WebhookResponse,
} from './core/types.js';
export { toFetchHandler } from './fetch/fetch-handler.js';
export { toNodeMiddleware } from './node/node-middleware.js';
