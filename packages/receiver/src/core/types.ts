import type { ValidationError } from '@chat-webhooks/validators';
import type { Vendor, WebhookDecisionMap, WebhookEventMap, WebhookEventName } from '@chat-webhooks/types';

export type { Vendor, WebhookEventMap, WebhookEventName } from '@chat-webhooks/types';

/** Request headers as frameworks hand them over: Node's object (any case, arrays for repeats) or Fetch's `Headers`. */
export type IncomingHeaders = Readonly<Record<string, string | readonly string[] | undefined>> | { get(name: string): string | null };

/** What `handle` needs of a request: its raw body and its headers. */
export interface WebhookRequest {
  /** The raw body, exactly as received (text or bytes), never a parsed object. */
  body: string | Uint8Array;
  headers: IncomingHeaders;
  /** The peer's IP address (the Node adapter fills it in), for `allowSourceIps`. */
  remoteAddress?: string;
}

/** What to answer. `body` is JSON text. */
export interface WebhookResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Everything a handler may want to know about the delivery besides the event. */
export interface DeliveryContext<V extends Vendor = Vendor> {
  vendor: V;
  /** The event name (the discriminator's value). */
  name: string;
  /** The key deliveries are de-duplicated by: Nexconn's envelope `id`, a SHA-256 of the raw body otherwise. */
  deliveryId: string;
  /** The raw body, as signed. */
  rawBody: Uint8Array;
  /** Nexconn batches several items in `data[]`; each reaches handlers alone. `{ index: 0, size: 1 }` otherwise. */
  batch: { index: number; size: number };
  /** Which run of the handlers this is: 1, then 2, 3 ... when an inbox retries after a failure. */
  attempt: number;
}

/**
 * What a handler returns: for a synchronous event (Nexconn's pre-messaging) the decision the vendor waits for, or
 * `undefined` to leave it to another handler or the default; for every other event nothing that matters.
 */
export type HandlerResult<V extends Vendor, N extends WebhookEventName<V>> = N extends keyof WebhookDecisionMap[V]
  ? WebhookDecisionMap[V][N] | undefined | Promise<WebhookDecisionMap[V][N] | undefined>
  : unknown;
export type EventHandler<V extends Vendor, N extends WebhookEventName<V>> = (
  event: WebhookEventMap[V][N],
  context: DeliveryContext<V>,
) => HandlerResult<V, N>;
export type AnyEventHandler<V extends Vendor> = (event: WebhookEventMap[V][WebhookEventName<V>], context: DeliveryContext<V>) => unknown;
/**
 * An authentic delivery (its signature verified) that does not match the schema: acknowledged and handed over
 * as parsed JSON with the reasons, never dropped. A schema that is wrong about a vendor loses no data.
 */
export type InvalidEventHandler<V extends Vendor> = (
  payload: Record<string, unknown>,
  errors: readonly ValidationError[],
  context: DeliveryContext<V>,
) => unknown;
/** A payload whose event the schemas do not have (yet): acknowledged, then handed over as parsed JSON. */
export type UnknownEventHandler<V extends Vendor> = (payload: Record<string, unknown>, context: DeliveryContext<V>) => unknown;
export type ErrorHandler<V extends Vendor> = (error: ReceiverError, context: Partial<DeliveryContext<V>>) => unknown;

/** What went wrong while receiving: a handler threw, or a request was refused. */
export class ReceiverError extends Error {
  override readonly name = 'ReceiverError';

  constructor(
    readonly kind:
      | 'handler'
      | 'handlerTimeout'
      | 'signature'
      | 'source'
      | 'invalidPayload'
      | 'tooLarge'
      | 'rawBody'
      | 'inbox'
      | 'busy'
      | 'internal',
    message: string,
    readonly details: { cause?: unknown; errors?: readonly ValidationError[] } = {},
  ) {
    super(`@chat-webhooks/receiver: ${message}`, details.cause === undefined ? undefined : { cause: details.cause });
  }
}
