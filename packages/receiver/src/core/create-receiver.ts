import { vendors } from '@chat-webhooks/schemas/vendors';
import { parseWebhook, type ValidationError } from '@chat-webhooks/validators';
import type { Platform } from '../platform/platform.js';
import { authenticator } from './authenticator.js';
import { checkInteger } from './check-options.js';
import { decide } from './decide.js';
import { createMemoryDedupeStore, type DedupeStore } from './dedupe-store.js';
import { batchItems } from './batch-items.js';
import { deliveryId } from './delivery-id.js';
import { createExpiringMap } from './expiring-map.js';
import { HandlerRegistry } from './handler-registry.js';
import type { Inbox, StoredDelivery } from './inbox.js';
import { responses } from './responses.js';
import { allowlist, sourceAddress } from './source-address.js';
import { withDeadline } from './with-deadline.js';
import {
  ReceiverError,
  type AnyEventHandler,
  type DeliveryContext,
  type ErrorHandler,
  type EventHandler,
  type IncomingHeaders,
  type InvalidEventHandler,
  type UnknownEventHandler,
  type Vendor,
  type WebhookEventName,
  type WebhookRequest,
  type WebhookResponse,
} from './types.js';

export interface ReceiverOptions<V extends Vendor> {
  vendor: V;
  /** The signing secret (Sendbird: master API token; TalkPlus: App API key). */
  secret?: string;
  /** Several secrets during a rotation: any one matching is enough. */
  secrets?: readonly string[];
  /** Your own check, for vendors whose scheme we do not implement (Nexconn): resolve true for an authentic request. */
  verify?: (request: { body: Uint8Array; headers: IncomingHeaders }) => boolean | Promise<boolean>;
  /** Accept deliveries without checking who sent them. Only for local development or a network you control. */
  unsafeSkipVerification?: boolean;
  /** Larger bodies get 413 before any other work. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Treat properties the schemas do not know as invalid. Default false: vendors add fields. */
  strict?: boolean;
  /**
   * Answer 400 to an authentic delivery that fails the schema, instead of acknowledging it and calling
   * `onInvalid`. Default false: the vendor does not retry a 400, so the delivery would be lost.
   */
  rejectInvalid?: boolean;
  /**
   * Where deliveries are stored before the answer: handlers then run from it, at least once, with retries and
   * dead letters (`@chat-webhooks/receiver/sqlite`, `@chat-webhooks/receiver/redis`). Without one, handlers run
   * in this process's memory after the answer, and a crash in between loses the delivery.
   */
  inbox?: Inbox;
  /** A store that does not answer within this time counts as down (503, the vendor retries). Default 3000 ms. */
  storeTimeoutMs?: number;
  /** Run handlers before answering, and answer 500 if one throws (the vendor then retries). For serverless runtimes without an inbox. Default false. */
  awaitHandlers?: boolean;
  /** Where taken deliveries are remembered; `false` turns de-duplication off. Default: in memory (with an inbox: the inbox's own). */
  dedupe?: DedupeStore | false;
  /** How long a delivery is remembered. Default 10 minutes (vendors retry within seconds). */
  dedupeTtlMs?: number;
  /** A handler still running after this long counts as failed and is reported (it is not stopped). Default 30 s. */
  handlerTimeoutMs?: number;
  /** Without an inbox: deliveries whose handlers may run at once; beyond it the answer is 503 and the vendor retries. Default 1000. */
  maxInFlight?: number;
  /** At most this many validation errors are reported (in the 400 body and to `onError`). Default 20. */
  maxErrors?: number;
  /**
   * Answer 403, before any other work, to requests from other addresses: `'vendor'` for the addresses the vendor
   * publishes (Nexconn; `vendors` of `@chat-webhooks/schemas` lists them with the date they were read), or your
   * own list of addresses and CIDR blocks, IPv4 or IPv6. Needs the request's address (`remoteAddress`).
   */
  allowSourceIps?: 'vendor' | readonly string[];
  /**
   * How many proxies in front of this server to trust for the source address: its `X-Forwarded-For` entry that
   * many hops from the right. Default 0: the peer's own address, and `X-Forwarded-For` is ignored.
   */
  trustProxy?: number;
  /** Synchronous events (Nexconn pre-messaging): the time handlers have to decide. Default 4000 ms, below the vendor's 5 s. */
  decisionTimeoutMs?: number;
  /** Synchronous events: the answer when no handler decides in time (or one fails). Default the vendor's neutral decision (Nexconn: `{ pass: 1 }`). */
  defaultDecision?: Readonly<Record<string, unknown>>;
}

export interface HandleOptions {
  /** A Fetch runtime's `ctx.waitUntil`: keeps the handlers that run after the answer alive. */
  waitUntil?: (promise: Promise<unknown>) => void;
  /** The peer's IP address, where the runtime tells it (Fetch adapter: Hono's `getConnInfo(c).remote.address` ...). */
  remoteAddress?: string;
}

export interface Receiver<V extends Vendor> {
  readonly vendor: V;
  /** Bodies larger than this are refused (413); adapters stop reading there. */
  readonly maxBodyBytes: number;
  on<N extends WebhookEventName<V>>(name: N, handler: EventHandler<V, N>): Receiver<V>;
  onAny(handler: AnyEventHandler<V>): Receiver<V>;
  onUnknown(handler: UnknownEventHandler<V>): Receiver<V>;
  onInvalid(handler: InvalidEventHandler<V>): Receiver<V>;
  onError(handler: ErrorHandler<V>): Receiver<V>;
  /** Source address, size, signature, parse and validate, de-duplicate, store (with an inbox), then dispatch. Never throws. */
  handle(request: WebhookRequest, options?: HandleOptions): Promise<WebhookResponse>;
  /** The 403 for a request from outside `allowSourceIps`, before its body is read (adapters call it); undefined to go on. */
  checkSource(request: Pick<WebhookRequest, 'headers' | 'remoteAddress'>): WebhookResponse | undefined;
  /** With an inbox: its dead letters, and replaying or purging them. Without one these reject. */
  deadLetters(): Promise<StoredDelivery[]>;
  replay(id: string): Promise<boolean>;
  purge(id?: string): Promise<number>;
  /** Stops running handlers from the inbox and closes it. */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_DEDUPE_TTL_MS = 10 * 60 * 1000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `createReceiver` over a platform's cryptography: each entry point (`.` for Node, Web Crypto elsewhere) binds one. */
export function createReceiverOn(platform: Platform): <V extends Vendor>(options: ReceiverOptions<V>) => Receiver<V> {
  return (options) => createReceiver(platform, options);
}

function createReceiver<V extends Vendor>(platform: Platform, options: ReceiverOptions<V>): Receiver<V> {
  const {
    vendor,
    inbox,
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
    strict = false,
    rejectInvalid = false,
    awaitHandlers = false,
    dedupeTtlMs = DEFAULT_DEDUPE_TTL_MS,
    storeTimeoutMs = 3000,
    handlerTimeoutMs = 30_000,
    maxInFlight = 1000,
    maxErrors = 20,
    trustProxy = 0,
  } = options;
  const facts = vendors.find((candidate) => candidate.id === vendor);
  if (facts === undefined)
    throw new TypeError(
      `@chat-webhooks/receiver: unknown vendor "${String(vendor)}"; known vendors: ${vendors.map((known) => known.id).join(', ')}`,
    );
  checkInteger('maxBodyBytes', maxBodyBytes, { min: 1 });
  checkInteger('dedupeTtlMs', dedupeTtlMs, { min: 1 });
  checkInteger('storeTimeoutMs', storeTimeoutMs, { min: 1 });
  checkInteger('handlerTimeoutMs', handlerTimeoutMs, { min: 1 });
  checkInteger('maxInFlight', maxInFlight, { min: 1 });
  checkInteger('maxErrors', maxErrors, { min: 1 });
  checkInteger('trustProxy', trustProxy, { max: 64 });
  if (inbox && awaitHandlers)
    throw new TypeError('@chat-webhooks/receiver: `awaitHandlers` and `inbox` exclude each other: with an inbox, handlers run from it');
  const allowed = allowlist(facts, options.allowSourceIps);
  const { decisions } = facts;
  const decisionTimeoutMs = options.decisionTimeoutMs ?? Math.min(4000, decisions ? decisions.timeoutSeconds * 1000 - 500 : 4000);
  checkInteger('decisionTimeoutMs', decisionTimeoutMs, {
    min: 1,
    max: decisions ? decisions.timeoutSeconds * 1000 - 1 : Number.MAX_SAFE_INTEGER,
  });
  const defaultDecision = options.defaultDecision ?? decisions?.default ?? {};
  const decisionEvents = new Set(decisions?.events ?? []);
  // Decisions given, by delivery id, so that a retry gets the same answer: per process, for the de-duplication window.
  const decided = createExpiringMap<Promise<Readonly<Record<string, unknown>>>>({ maxEntries: 100_000 });
  const authenticate = authenticator(platform, options);
  // An inbox keeps one delivery per id already; a store of its own is only added when asked for.
  const dedupe = options.dedupe === false ? undefined : (options.dedupe ?? (inbox ? undefined : createMemoryDedupeStore()));
  const handlers = new HandlerRegistry<V>(handlerTimeoutMs);
  let inFlight = 0;

  /** Parses and validates a body; the payload too when it is readable but not valid (for onUnknown, onInvalid). */
  const check = (body: Uint8Array): Checked => {
    const parsed = parseWebhook(vendor, body, { strict, maxBytes: maxBodyBytes, maxErrors });
    if (parsed.ok) return { parsed, payload: parsed.event as Record<string, unknown> };
    // Readable: an object naming its event, unknown or breaking the schema; the rest is malformed or hostile (and
    // then parsing again is safe: parseWebhook has refused oversized, deep and prototype-polluting bodies).
    const readable = parsed.name !== undefined && (isUnknownEvent(parsed.errors) || isSchemaMismatch(parsed.errors));
    return { parsed, payload: readable ? (JSON.parse(decoder.decode(body)) as Record<string, unknown>) : undefined };
  };

  /** Runs the handlers of one delivery, in memory after the answer or from the inbox; rejects if one failed. */
  const runHandlers = async (delivery: { id: string; body: Uint8Array; attempt: number }, checked?: Checked): Promise<void> => {
    // In memory the request path has parsed the body already; from an inbox it is parsed here, once per attempt.
    const { parsed, payload } = checked ?? check(delivery.body);
    // Only readable bodies are stored or dispatched, so this is a corrupted store, and the attempt fails.
    if (payload === undefined) throw new Error(`the body of delivery ${delivery.id} cannot be read as a ${vendor} payload`);
    const name = parsed.ok ? parsed.name : String(parsed.name);
    const context: DeliveryContext<V> = {
      vendor,
      name,
      deliveryId: delivery.id,
      rawBody: delivery.body,
      batch: { index: 0, size: 1 },
      attempt: delivery.attempt,
    };
    const failures: ReceiverError[] = [];
    if (parsed.ok) {
      const items = batchItems(facts, payload);
      for (const [index, item] of items.entries())
        failures.push(...(await handlers.dispatch(item, { ...context, batch: { index, size: items.length } })));
    } else if (isUnknownEvent(parsed.errors)) {
      failures.push(...(await handlers.dispatchUnknown(payload, context)));
    } else {
      failures.push(...(await handlers.dispatchInvalid(payload, parsed.errors, context)));
    }
    if (failures.length > 0) throw new AggregateError(failures, failures.map((failure) => failure.message).join('; '));
  };

  // Consuming starts on the next turn of the event loop, once the handlers chained onto createReceiver() are on:
  // a delivery left over from before a restart must not run before its handlers exist.
  if (inbox)
    setTimeout(
      () => inbox.start((stored) => runHandlers({ id: stored.id, body: encoder.encode(stored.body), attempt: stored.attempts + 1 })),
      0,
    );

  /**
   * A synchronous event: its handlers decide within the deadline, the decision is the answer, and a retry of the
   * same delivery gets the same one. No inbox: the vendor is waiting, and retries by itself when the answer is late.
   */
  const answerDecision = (delivery: {
    id: string;
    name: string;
    rawBody: Uint8Array;
    payload: Record<string, unknown>;
    errors: readonly ValidationError[] | undefined;
  }) => {
    const remembered = decided.get(delivery.id);
    if (remembered) return remembered;
    const context: DeliveryContext<V> = {
      vendor,
      name: delivery.name,
      deliveryId: delivery.id,
      rawBody: delivery.rawBody,
      batch: { index: 0, size: 1 },
      attempt: 1,
    };
    const decision = (async () => {
      if (delivery.errors !== undefined) {
        // Authentic but not what the schema says: onInvalid hears of it, and the message goes on unchanged.
        void handlers.dispatchInvalid(delivery.payload, delivery.errors, context);
        return defaultDecision;
      }
      const { decision: answer, problem } = await decide(handlers.byName.get(delivery.name) ?? [], delivery.payload, context, {
        deadlineMs: decisionTimeoutMs,
        fallback: defaultDecision,
      });
      if (problem)
        await handlers.reportError(
          new ReceiverError(problem.kind, problem.message, problem.cause === undefined ? {} : { cause: problem.cause }),
          context,
        );
      return answer;
    })();
    decided.set(delivery.id, decision, dedupeTtlMs);
    return decision;
  };

  // Synchronous, so that an adapter can refuse before it starts reading (a body stream must not flow unread meanwhile).
  const checkSource = ({ headers, remoteAddress }: Pick<WebhookRequest, 'headers' | 'remoteAddress'>): WebhookResponse | undefined => {
    if (!allowed) return undefined;
    const source = sourceAddress(remoteAddress, headers, trustProxy);
    if (source !== undefined && allowed(source)) return undefined;
    const why =
      source === undefined
        ? trustProxy > 0
          ? `fewer than ${trustProxy} X-Forwarded-For entries`
          : 'no remote address (pass `remoteAddress` to handle())'
        : `source ${source}`;
    void handlers.reportError(new ReceiverError('source', `refused a request from outside allowSourceIps: ${why}`), { vendor });
    return responses.forbidden();
  };

  const handle = async (request: WebhookRequest, { waitUntil }: HandleOptions = {}): Promise<WebhookResponse> => {
    const refused = checkSource(request);
    if (refused) return refused;
    const rawBody = typeof request.body === 'string' ? encoder.encode(request.body) : request.body;
    if (!(rawBody instanceof Uint8Array)) {
      await handlers.reportError(new ReceiverError('rawBody', RAW_BODY_HELP), { vendor });
      return responses.misconfigured('the raw request body is needed; see the server log');
    }
    if (rawBody.byteLength > maxBodyBytes) {
      await handlers.reportError(
        new ReceiverError('tooLarge', `a ${rawBody.byteLength}-byte body exceeds maxBodyBytes (${maxBodyBytes})`),
        { vendor },
      );
      return responses.tooLarge(maxBodyBytes);
    }
    const authentic = await authenticate(rawBody, request.headers);
    if (authentic !== true) {
      await handlers.reportError(new ReceiverError('signature', authentic), { vendor });
      return responses.unauthorized();
    }
    const checked = check(rawBody);
    const { parsed, payload } = checked;
    if (!parsed.ok && (payload === undefined || rejectInvalid)) {
      const error = new ReceiverError(
        'invalidPayload',
        `invalid ${vendor} payload: ${parsed.errors.map((error: ValidationError) => error.message).join('; ')}`,
        { errors: parsed.errors },
      );
      await handlers.reportError(error, { vendor, ...(parsed.name === undefined ? {} : { name: parsed.name }) });
      return responses.invalid(parsed.errors, parsed.truncated === true);
    }
    const name = parsed.ok ? parsed.name : String(parsed.name);
    const id = await deliveryId(platform, facts, payload!, rawBody);
    if (decisionEvents.has(name))
      return responses.decision(
        await answerDecision({ id, name, rawBody, payload: payload!, errors: parsed.ok ? undefined : parsed.errors }),
      );
    if (!inbox && !awaitHandlers && inFlight >= maxInFlight) {
      await handlers.reportError(
        new ReceiverError('busy', `${inFlight} deliveries are being handled (maxInFlight); answered 503 so that ${vendor} retries`),
        { vendor, name },
      );
      return responses.unavailable();
    }
    if (dedupe && !(await withDeadline(dedupe.claim(id, dedupeTtlMs), storeTimeoutMs, 'the de-duplication store')))
      return responses.duplicate();
    const accepted = parsed.ok
      ? responses.accepted()
      : isUnknownEvent(parsed.errors)
        ? responses.unknownEvent(name)
        : responses.acceptedInvalid();

    if (inbox) {
      try {
        const stored = await withDeadline(
          inbox.put({ id, vendor, name, body: decoder.decode(rawBody), receivedAt: Date.now() }),
          storeTimeoutMs,
          'the inbox',
        );
        return stored === 'duplicate' ? responses.duplicate() : accepted;
      } catch (cause) {
        await dedupe?.release(id);
        await handlers.reportError(
          new ReceiverError(
            'inbox',
            `the delivery could not be stored, answered 503 so that ${vendor} retries: ${cause instanceof Error ? cause.message : String(cause)}`,
            { cause },
          ),
          { vendor, name },
        );
        return responses.unavailable();
      }
    }
    const run = () => runHandlers({ id, body: rawBody, attempt: 1 }, checked);
    if (awaitHandlers) {
      try {
        await run();
        return accepted;
      } catch {
        // Let the vendor's retry run the handlers again.
        await dedupe?.release(id);
        return responses.handlerFailed();
      }
    }
    inFlight += 1;
    const pending = new Promise((resolve) => setTimeout(resolve, 0))
      .then(run)
      .catch(() => {}) // Each failure went to onError already.
      .finally(() => {
        inFlight -= 1;
      });
    waitUntil?.(pending);
    return accepted;
  };

  const fromInbox = <T>(use: (inbox: Inbox) => Promise<T>): Promise<T> =>
    inbox
      ? use(inbox)
      : Promise.reject(new TypeError('@chat-webhooks/receiver: dead letters live in an inbox; create the receiver with `inbox`'));

  const receiver: Receiver<V> = {
    vendor,
    maxBodyBytes,
    on(name, handler) {
      handlers.add(name, handler as AnyEventHandler<V>);
      return receiver;
    },
    onAny(handler) {
      handlers.any.push(handler);
      return receiver;
    },
    onUnknown(handler) {
      handlers.unknown.push(handler);
      return receiver;
    },
    onInvalid(handler) {
      handlers.invalid.push(handler);
      return receiver;
    },
    onError(handler) {
      handlers.errors.push(handler);
      return receiver;
    },
    async handle(request, handleOptions) {
      try {
        return await handle(request, handleOptions);
      } catch (cause) {
        // A store or a verifier that throws must not take the server down either.
        await handlers.reportError(
          new ReceiverError('internal', `receiving failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause }),
          { vendor },
        );
        return responses.unavailable();
      }
    },
    checkSource,
    deadLetters: () => fromInbox((store) => store.deadLetters()),
    replay: (id) => fromInbox((store) => store.replay(id)),
    purge: (id) => fromInbox((store) => store.purge(id)),
    close: async () => {
      await inbox?.close();
    },
  };
  return receiver;
}

const RAW_BODY_HELP =
  'the body is not the raw request body (a JSON body parser probably ran first). Signatures are computed over the exact bytes: ' +
  "in Express mount this middleware before express.json() or use express.raw({ type: 'application/json' }) on this route; " +
  'in Next.js route handlers and Hono read `await request.arrayBuffer()` (`await c.req.arrayBuffer()`).';

/** A body parsed and validated once: the result, and the payload when it is readable (valid, unknown or invalid). */
interface Checked {
  parsed: ReturnType<typeof parseWebhook>;
  payload: Record<string, unknown> | undefined;
}

const isUnknownEvent = (errors: readonly ValidationError[]) => errors[0]?.keyword === 'unknownEvent';
/** The body is JSON of the vendor's shape but breaks the schema (not malformed, not hostile). */
const isSchemaMismatch = (errors: readonly ValidationError[]) => !errors.some((error) => PARSE_KEYWORDS.has(error.keyword));
const PARSE_KEYWORDS = new Set(['json', 'encoding', 'body', 'tooLarge', 'tooDeep', 'prototype']);
