import { concat, declaredTooLarge, resolveAdapterOptions, type AdapterOptions } from '../adapters/adapter-options.js';
import type { HandleOptions, Receiver } from '../core/create-receiver.js';
import { responses } from '../core/responses.js';
import type { Vendor, WebhookResponse } from '../core/types.js';

/** Options of `toFetchHandler`. */
export type FetchHandlerOptions = AdapterOptions;

/**
 * A Fetch handler, `Request -> Response`, for Hono (`app.post('/webhooks', (c) => handler(c.req.raw, c.executionCtx))`),
 * Next.js route handlers (`export const POST = handler`), Cloudflare Workers, Deno and Bun. Pass the runtime's
 * context to keep handlers that run after the answer alive (`waitUntil`).
 *
 * The body is read as a stream and never past `receiver.maxBodyBytes`, whatever its framing (a chunked body
 * has no `content-length`): over the limit the stream is cancelled and the answer is 413. A body that errors or is
 * aborted part-way is answered 400, one not received within `bodyTimeoutMs` 408. The returned promise never rejects.
 *
 * The socket belongs to the runtime: cancelling the body only says we want no more of it, and the answer is returned
 * at once whatever the runtime does with the rest. What it does decides whether a client still uploading reads the
 * answer: @hono/node-server 1.19 keeps the connection, drains the rest for up to 500 ms (64 MiB), then closes it, so
 * a client still sending after that gets a reset (the node middleware lingers 2 s / 8 MiB instead).
 */
export function toFetchHandler<V extends Vendor>(
  receiver: Receiver<V>,
  options?: FetchHandlerOptions,
): (request: Request, context?: HandleOptions) => Promise<Response> {
  const { bodyTimeoutMs } = resolveAdapterOptions(options, 'toFetchHandler');
  return async (request, context) => {
    let result: WebhookResponse;
    try {
      result = await answer(receiver, request, bodyTimeoutMs, context);
    } catch {
      // receiver.handle never throws and readBody answers every failure; this is the last net, not a path.
      result = responses.handlerFailed();
    }
    return toResponse(result);
  };
}

async function answer<V extends Vendor>(
  receiver: Receiver<V>,
  request: Request,
  bodyTimeoutMs: number,
  context?: HandleOptions,
): Promise<WebhookResponse> {
  if (request.method !== 'POST') return responses.methodNotAllowed();
  const refused = receiver.checkSource({
    headers: request.headers,
    ...(context?.remoteAddress === undefined ? {} : { remoteAddress: context.remoteAddress }),
  });
  if (refused) {
    await cancelQuietly(request.body);
    return refused;
  }
  if (declaredTooLarge(request.headers.get('content-length'), receiver.maxBodyBytes)) {
    await cancelQuietly(request.body);
    return responses.tooLarge(receiver.maxBodyBytes);
  }
  if (request.bodyUsed) return responses.misconfigured('the request body was read before the webhook handler; pass the untouched Request');
  const body = await readBody(request, receiver.maxBodyBytes, bodyTimeoutMs);
  if (body === 'tooLarge') return responses.tooLarge(receiver.maxBodyBytes);
  if (body === 'timeout') return responses.bodyTimeout(bodyTimeoutMs);
  if (body === 'broken') return responses.brokenBody();
  const remoteAddress = context?.remoteAddress === undefined ? {} : { remoteAddress: context.remoteAddress };
  return receiver.handle(
    { body, headers: request.headers, ...remoteAddress },
    context?.waitUntil ? { waitUntil: context.waitUntil.bind(context) } : {},
  );
}

type BodyFailure = 'tooLarge' | 'timeout' | 'broken';

/**
 * Reads `request.body` chunk by chunk, holding at most `maxBytes` (plus the chunk that crossed the limit, which is
 * dropped at once). On any failure the stream is cancelled, so that the runtime stops pulling from the client.
 */
async function readBody(request: Request, maxBytes: number, timeoutMs: number): Promise<Uint8Array | BodyFailure> {
  const stream = request.body;
  if (stream === null) return new Uint8Array(0);
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = stream.getReader();
  } catch {
    return 'broken'; // locked by someone else
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  // One promise settles every way the read can be cut short; it never rejects.
  const interrupted = new Promise<'timeout' | 'broken'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
    const signal = request.signal as AbortSignal | undefined;
    if (signal) {
      onAbort = () => resolve('broken');
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  let failure: BodyFailure | undefined;
  try {
    for (;;) {
      // A pending read that loses the race is settled by the cancel below; race() has handled its rejection.
      const next = await Promise.race([reader.read(), interrupted]);
      if (typeof next === 'string') {
        failure = next;
        break;
      }
      if (next.done) break;
      const chunk: unknown = next.value;
      if (!(chunk instanceof Uint8Array)) {
        failure = 'broken';
        break;
      }
      size += chunk.byteLength;
      if (size > maxBytes) {
        failure = 'tooLarge';
        break;
      }
      chunks.push(chunk);
    }
  } catch {
    failure = 'broken'; // the stream errored: the client aborted, the connection broke
  } finally {
    clearTimeout(timer);
    if (onAbort) request.signal.removeEventListener('abort', onAbort);
  }
  if (failure === undefined) return concat(chunks, size);
  chunks.length = 0;
  // Not awaited: a source that never settles its cancel must not hold the answer.
  reader.cancel(failure).catch(() => {});
  return failure;
}

async function cancelQuietly(stream: ReadableStream | null): Promise<void> {
  if (stream === null || stream.locked) return;
  stream.cancel().catch(() => {});
}

function toResponse(result: WebhookResponse): Response {
  return new Response(result.body, { status: result.status, headers: result.headers });
}
