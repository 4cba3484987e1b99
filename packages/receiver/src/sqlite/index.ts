export { sqliteInbox, type SqliteInboxOptions } from './sqlite-inbox.js';
export type { Inbox, InboxOptions, StoredDelivery } from '../core/inbox.js';
