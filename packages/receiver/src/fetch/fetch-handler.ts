import type { HandleOptions, Receiver } from '../core/create-receiver.js';
import { responses } from '../core/responses.js';
import type { Vendor, WebhookResponse } from '../core/types.js';

/**
 * A Fetch handler, `Request -> Response`, for Hono (`app.post('/webhooks', (c) => handler(c.req.raw, c.executionCtx))`),
 * Next.js route handlers (`export const POST = handler`), Cloudflare Workers, Deno and Bun. Pass the runtime's
 * context to keep handlers that run after the answer alive (`waitUntil`).
 */
export function toFetchHandler<V extends Vendor>(receiver: Receiver<V>): (request: Request, context?: HandleOptions) => Promise<Response> {
  return async (request, context) => toResponse(await answer(receiver, request, context));
}

async function answer<V extends Vendor>(receiver: Receiver<V>, request: Request, context?: HandleOptions): Promise<WebhookResponse> {
  if (request.method !== 'POST') return responses.methodNotAllowed();
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > receiver.maxBodyBytes) return responses.tooLarge(receiver.maxBodyBytes);
  const body = new Uint8Array(await request.arrayBuffer());
  return receiver.handle({ body, headers: request.headers }, context?.waitUntil ? { waitUntil: context.waitUntil.bind(context) } : {});
}

function toResponse(result: WebhookResponse): Response {
  return new Response(result.body, { status: result.status, headers: result.headers });
}
