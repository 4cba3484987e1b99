import { describeValue } from './describe-value.js';
import { failure } from './failure.js';
import type { VerifyFailure } from './types.js';

// Created on first use (sideEffects: false). TextEncoder exists in Node and every Fetch runtime, so both twins
// turn a string into the same bytes, a lone surrogate included (it becomes U+FFFD, as Buffer.from does).
let encoder: InstanceType<typeof TextEncoder> | undefined;

const HOW_TO_GET_IT =
  'The signature covers the bytes the vendor sent; parsing and re-serialising JSON does not give them back (key order, spacing, "\\/" and \\uXXXX escapes all change). ' +
  "Read the raw body before any JSON parser runs: in Express, mount express.raw({ type: 'application/json' }) on the webhook route, ahead of express.json(), and pass req.body (a Buffer), or read req yourself; " +
  'in Next.js route handlers, await request.text() or await request.arrayBuffer(); in Hono, await c.req.text() or await c.req.arrayBuffer(). ' +
  'Parse the JSON only after the signature is verified.';

function tag(value: object): string {
  return Object.prototype.toString.call(value);
}

/**
 * The bytes of a raw body, or undefined when `body` is not one. `Uint8Array` (so `Buffer`) and `ArrayBuffer` are
 * recognised across realms too (an iframe's or a vm context's arrays fail `instanceof`).
 */
export function rawBodyBytes(body: unknown): Uint8Array | undefined {
  if (typeof body === 'string') return (encoder ??= new TextEncoder()).encode(body);
  if (typeof body !== 'object' || body === null) return undefined;
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  try {
    const kind = tag(body);
    if (kind === '[object Uint8Array]' && ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    if (kind === '[object ArrayBuffer]') return new Uint8Array(body as ArrayBuffer);
  } catch {
    // A Proxy or a forged toStringTag: not a body we can read.
  }
  return undefined;
}

/** What was passed instead of a raw body, with the usual cause. */
function describeBody(body: unknown): string {
  if (body === undefined || body === null)
    return `${describeValue(body)} (no body was read: is a body parser configured for this route and content type?)`;
  if (typeof body === 'object' && !ArrayBuffer.isView(body))
    return `${describeValue(body)}, which looks like an already parsed body (a JSON body parser ran first)`;
  return describeValue(body);
}

/** Why `body` is refused, and how to get the raw body in the usual frameworks. */
export function notRawBody(body: unknown, got = describeBody(body)): VerifyFailure {
  return failure(
    'notRawBody',
    `the body must be the raw request body exactly as received (a string, Uint8Array, Buffer or ArrayBuffer), got ${got}. ${HOW_TO_GET_IT}`,
  );
}
