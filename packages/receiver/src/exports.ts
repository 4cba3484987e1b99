// Everything both entry points export besides createReceiver (bound to a platform in index.ts and index.node.ts).
export type { HandleOptions, Receiver, ReceiverOptions } from './core/create-receiver.js';
export { createMemoryDedupeStore, type DedupeStore } from './core/dedupe-store.js';
export type { Inbox, InboxOptions, NewDelivery, StoredDelivery } from './core/inbox.js';
export {
  ReceiverError,
  type AnyEventHandler,
  type DeliveryContext,
  type ErrorHandler,
  type EventHandler,
  type IncomingHeaders,
  type InvalidEventHandler,
  type UnknownEventHandler,
  type WebhookRequest,
  type WebhookResponse,
} from './core/types.js';
export { toFetchHandler, type FetchHandlerOptions } from './fetch/fetch-handler.js';
export { toNodeMiddleware, type NodeMiddlewareOptions } from './node/node-middleware.js';
