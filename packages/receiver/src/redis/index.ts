export { redisInbox, type RedisInboxOptions } from './redis-inbox.js';
export { redisDedupeStore, type RedisDedupeStoreOptions } from './redis-dedupe-store.js';
export type { Inbox, InboxOptions, StoredDelivery } from '../core/inbox.js';
