import type { ValidationError } from '@chat-webhooks/validators';
import type { WebhookResponse } from './types.js';

const json = (status: number, body: unknown): WebhookResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const responses = {
  accepted: () => json(200, { ok: true }),
  duplicate: () => json(200, { ok: true, duplicate: true }),
  // Authentic but not what the schema says: kept (onInvalid, the inbox), so acknowledged.
  acceptedInvalid: () => json(200, { ok: true, invalid: true }),
  unknownEvent: (name: string) => json(202, { ok: true, unhandled: name }),
  // Opaque on purpose: a caller without the secret learns nothing about why.
  unauthorized: () => json(401, { ok: false, error: 'invalid signature' }),
  forbidden: () => json(403, { ok: false, error: 'source address not allowed' }),
  // A synchronous event's answer: the decision itself is the body.
  decision: (decision: Readonly<Record<string, unknown>>) => json(200, decision),
  tooLarge: (maxBytes: number) => json(413, { ok: false, error: `payload larger than ${maxBytes} bytes` }),
  // Adapters, while reading the body: the client was too slow, or the body broke off (aborted, errored).
  bodyTimeout: (timeoutMs: number) => json(408, { ok: false, error: `the body was not received within ${timeoutMs} ms` }),
  brokenBody: () => json(400, { ok: false, error: 'the request body could not be read to its end' }),
  invalid: (errors: readonly ValidationError[], truncated: boolean) =>
    json(400, { ok: false, error: 'invalid payload', errors, ...(truncated ? { truncated } : {}) }),
  methodNotAllowed: () => ({
    ...json(405, { ok: false, error: 'use POST' }),
    headers: { 'content-type': 'application/json', allow: 'POST' },
  }),
  handlerFailed: () => json(500, { ok: false, error: 'handler failed' }),
  // Not stored (the inbox or a store is down, or too busy): the vendor retries.
  unavailable: () => ({
    ...json(503, { ok: false, error: 'temporarily unavailable' }),
    headers: { 'content-type': 'application/json', 'retry-after': '5' },
  }),
  misconfigured: (message: string) => json(500, { ok: false, error: message }),
};
