import type { DeepPartial, MockOptions, Vendor, WebhookEventMap, WebhookEventName } from './core/types.js';
import type { SequenceOptions } from './core/sequence-options.js';
import { mockFactories } from './generated/index.js';
import { nexconnSequence } from './sequences/nexconn.js';
import { sendbirdSequence } from './sequences/sendbird.js';
import { talkplusSequence } from './sequences/talkplus.js';

export { MockValidationError } from './core/mock-validation-error.js';
export type { DeepPartial, MockFactory, MockOptions } from './core/types.js';
export type { SequenceOptions } from './core/sequence-options.js';
export { mockFactories } from './generated/index.js';
export { nexconnSequence, sendbirdSequence, talkplusSequence };

/**
 * A valid payload of event `name` of `vendor`, typed as that event. The same seed gives the same payload;
 * `overrides` are merged in (arrays replaced) and the result is validated (MockValidationError unless
 * `allowInvalid`).
 */
export function mock<V extends Vendor, N extends WebhookEventName<V>>(
  vendor: V,
  name: N,
  overrides?: DeepPartial<WebhookEventMap[V][N]>,
  options?: MockOptions,
): WebhookEventMap[V][N] {
  const factories = mockFactories[vendor] as unknown as
    | Record<string, (overrides?: unknown, options?: MockOptions) => WebhookEventMap[V][N]>
    | undefined;
  const factory = factories && Object.hasOwn(factories, name) ? factories[name] : undefined;
  if (!factory) throw new TypeError(`@chat-webhooks/mocks: unknown event ${JSON.stringify(name)} of vendor ${JSON.stringify(vendor)}`);
  return factory(overrides, options);
}

// Sequences are written by hand from each vendor's event story; a vendor added by its schemas alone has none yet.
const sequences: { [V in Vendor]?: (options?: SequenceOptions) => WebhookEventMap[V][WebhookEventName<V>][] } = {
  sendbird: sendbirdSequence,
  talkplus: talkplusSequence,
  nexconn: nexconnSequence,
};

/** A realistic series of events for one channel of `vendor`, sharing ids across the events. */
export function sequence<V extends Vendor>(vendor: V, options?: SequenceOptions): WebhookEventMap[V][WebhookEventName<V>][] {
  const make = Object.hasOwn(sequences, vendor) ? sequences[vendor] : undefined;
  if (!make) {
    const known = Object.hasOwn(mockFactories, vendor);
    throw new TypeError(
      `@chat-webhooks/mocks: ${known ? `no sequence is written for vendor ${JSON.stringify(vendor)} yet; mock() its events one by one` : `unknown vendor ${JSON.stringify(vendor)}`}`,
    );
  }
  return make(options) as WebhookEventMap[V][WebhookEventName<V>][];
}
