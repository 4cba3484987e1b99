import { verifySignature, signatureHeader } from '@chat-webhooks/verify/web';
import { parseWebhook } from '@chat-webhooks/validators';
import { createMemoryDedupeStore, type DedupeStore } from './dedupe-store.js';
import { deliveryId } from './delivery-id.js';
import { HandlerRegistry } from './handler-registry.js';
import { headerValue } from './header-value.js';
import { responses } from './responses.js';
import {
  ReceiverError,
  type AnyEventHandler,
  type DeliveryContext,
  type ErrorHandler,
  type EventHandler,
  type IncomingHeaders,
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
  /** Reject payloads with properties the schemas do not know (400). Default false: vendors add fields. */
  strict?: boolean;
  /** Run handlers before answering, and answer 500 if one throws (the vendor then retries). For serverless runtimes. Default false. */
  awaitHandlers?: boolean;
  /** Where taken deliveries are remembered; `false` turns de-duplication off. Default: in memory. */
  dedupe?: DedupeStore | false;
  /** How long a delivery is remembered. Default 10 minutes (vendors retry within seconds). */
  dedupeTtlMs?: number;
}

export interface HandleOptions {
  /** A Fetch runtime's `ctx.waitUntil`: keeps the handlers that run after the answer alive. */
  waitUntil?: (promise: Promise<unknown>) => void;
}

export interface Receiver<V extends Vendor> {
  readonly vendor: V;
  /** Bodies larger than this are refused (413); adapters stop reading there. */
  readonly maxBodyBytes: number;
  on<N extends WebhookEventName<V>>(name: N, handler: EventHandler<V, N>): Receiver<V>;
  onAny(handler: AnyEventHandler<V>): Receiver<V>;
  onUnknown(handler: UnknownEventHandler<V>): Receiver<V>;
  onError(handler: ErrorHandler<V>): Receiver<V>;
  /** Size, signature, parse and validate, de-duplicate, then dispatch. Never throws. */
  handle(request: WebhookRequest, options?: HandleOptions): Promise<WebhookResponse>;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_DEDUPE_TTL_MS = 10 * 60 * 1000;
const encoder = new TextEncoder();

export function createReceiver<V extends Vendor>(options: ReceiverOptions<V>): Receiver<V> {
  const { vendor, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, strict = false, awaitHandlers = false, dedupeTtlMs = DEFAULT_DEDUPE_TTL_MS } = options;
  const authenticate = authenticator(options);
  const dedupe = options.dedupe === false ? undefined : (options.dedupe ?? createMemoryDedupeStore());
  const handlers = new HandlerRegistry<V>();

  const handle = async (request: WebhookRequest, { waitUntil }: HandleOptions = {}): Promise<WebhookResponse> => {
    const rawBody = typeof request.body === 'string' ? encoder.encode(request.body) : request.body;
    if (!(rawBody instanceof Uint8Array)) {
      await handlers.reportError(new ReceiverError('rawBody', RAW_BODY_HELP), { vendor });
      return responses.misconfigured('the raw request body is needed; see the server log');
    }
    if (rawBody.byteLength > maxBodyBytes) {
      await handlers.reportError(new ReceiverError('tooLarge', `a ${rawBody.byteLength}-byte body exceeds maxBodyBytes (${maxBodyBytes})`), { vendor });
      return responses.tooLarge(maxBodyBytes);
    }
    const authentic = await authenticate(rawBody, request.headers);
    if (authentic !== true) {
      await handlers.reportError(new ReceiverError('signature', authentic), { vendor });
      return responses.unauthorized();
    }
    const parsed = parseWebhook(vendor, rawBody, { strict, maxBytes: maxBodyBytes });
    if (!parsed.ok && parsed.errors[0]?.keyword !== 'unknownEvent') {
      const error = new ReceiverError('invalidPayload', `invalid ${vendor} payload: ${parsed.errors.map((e) => e.message).join('; ')}`, { errors: parsed.errors });
      await handlers.reportError(error, { vendor, ...(parsed.name === undefined ? {} : { name: parsed.name }) });
      return responses.invalid(parsed.errors);
    }
    // Safe to parse again: parseWebhook has already refused oversized, deep and prototype-polluting bodies.
    const payload = (parsed.ok ? parsed.event : JSON.parse(new TextDecoder().decode(rawBody))) as Record<string, unknown>;
    const name = parsed.ok ? parsed.name : String(parsed.name);
    const id = await deliveryId(vendor, payload, rawBody);
    if (dedupe && !(await dedupe.claim(id, dedupeTtlMs))) return responses.duplicate();
    const context: DeliveryContext<V> = { vendor, name, deliveryId: id, rawBody, batch: { index: 0, size: 1 } };
    const toError = (cause: unknown) => new ReceiverError('handler', `a handler of ${vendor} ${name} threw: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });

    if (!parsed.ok) {
      await runLater(() => handlers.dispatchUnknown(payload, context, toError), awaitHandlers, waitUntil);
      return responses.unknownEvent(name);
    }
    const run = async () => {
      const items = batchItems(vendor, payload);
      const failures = [];
      for (const [index, item] of items.entries()) failures.push(...(await handlers.dispatch(item, { ...context, batch: { index, size: items.length } }, toError)));
      return failures;
    };
    if (!awaitHandlers) {
      await runLater(run, false, waitUntil);
      return responses.accepted();
    }
    if ((await run()).length === 0) return responses.accepted();
    // Let the vendor's retry run the handlers again.
    await dedupe?.release(id);
    return responses.handlerFailed();
  };

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
    onError(handler) {
      handlers.errors.push(handler);
      return receiver;
    },
    async handle(request, handleOptions) {
      try {
        return await handle(request, handleOptions);
      } catch (cause) {
        // A store or a verifier that throws must not take the server down either.
        await handlers.reportError(new ReceiverError('internal', `receiving failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause }), { vendor });
        return responses.handlerFailed();
      }
    },
  };
  return receiver;
}

const RAW_BODY_HELP =
  'the body is not the raw request body (a JSON body parser probably ran first). Signatures are computed over the exact bytes: ' +
  "in Express mount this middleware before express.json() or use express.raw({ type: 'application/json' }) on this route; " +
  'in Next.js route handlers and Hono read `await request.arrayBuffer()` (`await c.req.arrayBuffer()`).';

/** The vendor's handlers see one Nexconn batch item at a time, inside its envelope; other payloads as they are. */
function batchItems(vendor: Vendor, payload: Record<string, unknown>): Record<string, unknown>[] {
  if (vendor !== 'nexconn' || !Array.isArray(payload.data) || payload.data.length <= 1) return [payload];
  return payload.data.map((item) => ({ ...payload, data: [item] }));
}

/** Runs `task` now (awaited) or after the answer (on a timer, so that the response goes out first). */
async function runLater(task: () => Promise<unknown>, now: boolean, waitUntil?: (promise: Promise<unknown>) => void): Promise<void> {
  if (now) {
    await task();
    return;
  }
  const pending = new Promise((resolve) => setTimeout(resolve, 0)).then(task);
  waitUntil?.(pending);
}

/** Resolves true for an authentic request, or the reason it is not. Configuration mistakes throw at creation. */
function authenticator<V extends Vendor>(options: ReceiverOptions<V>): (body: Uint8Array, headers: IncomingHeaders) => Promise<true | string> {
  const { vendor, secret, secrets, verify, unsafeSkipVerification } = options;
  const ways = [secret !== undefined || secrets !== undefined, verify !== undefined, unsafeSkipVerification === true].filter(Boolean).length;
  if (ways !== 1) {
    throw new TypeError(
      '@chat-webhooks/receiver: choose exactly one way to authenticate deliveries: `secret` (or `secrets` during a rotation), ' +
        '`verify` (your own check), or `unsafeSkipVerification: true` (local development only)',
    );
  }
  if ((secret !== undefined && secret === '') || (secrets !== undefined && (secrets.length === 0 || secrets.some((value) => value === '')))) {
    throw new TypeError('@chat-webhooks/receiver: the signing secret is empty; pass the vendor secret (Sendbird: master API token, TalkPlus: App API key)');
  }
  if (unsafeSkipVerification) return async () => true;
  if (verify) return async (body, headers) => ((await verify({ body, headers })) === true ? true : 'the custom verify function refused the request');
  const header = signatureHeader(vendor);
  if (header === undefined) {
    throw new TypeError(`@chat-webhooks/receiver: ${vendor} documents no signature scheme we implement; pass \`verify\` with your own check, or \`unsafeSkipVerification: true\``);
  }
  return async (body, headers) => {
    const signature = headerValue(headers, header);
    const result = await verifySignature(vendor, secrets !== undefined ? { body, signature, secrets } : { body, signature, secret: secret! });
    return result.ok ? true : result.message;
  };
}
