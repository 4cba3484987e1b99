// Generated from schemas/ by scripts/. Do not edit: edit the schema and run `npm run generate`.
export * from './nexconn.js';
export * from './sendbird.js';
export * from './talkplus.js';
import type { NexconnEventMap } from './nexconn.js';
import type { SendbirdEventMap } from './sendbird.js';
import type { TalkplusEventMap } from './talkplus.js';

/** A vendor id. */
export type Vendor = "nexconn" | "sendbird" | "talkplus";

/** Each vendor's event map: `WebhookEventMap['talkplus']['member_added']` is that event's payload. */
export interface WebhookEventMap {
  nexconn: NexconnEventMap;
  sendbird: SendbirdEventMap;
  talkplus: TalkplusEventMap;
}

/** The name of an event of vendor `V`. */
export type WebhookEventName<V extends Vendor = Vendor> = keyof WebhookEventMap[V] & string;

/** The payload of event `N` of vendor `V` (any of the vendor's events when `N` is omitted). */
export type WebhookEvent<V extends Vendor = Vendor, N extends WebhookEventName<V> = WebhookEventName<V>> = WebhookEventMap[V][N];
