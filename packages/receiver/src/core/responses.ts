import type { ValidationError } from '@chat-webhooks/validators';
import type { WebhookResponse } from './types.js';

const json = (status: number, body: unknown): WebhookResponse => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const responses = {
  accepted: () => json(200, { ok: true }),
  duplicate: () => json(200, { ok: true, duplicate: true }),
  unknownEvent: (name: string) => json(202, { ok: true, unhandled: name }),
  // Opaque on purpose: a caller without the secret learns nothing about why.
  unauthorized: () => json(401, { ok: false, error: 'invalid signature' }),
  tooLarge: (maxBytes: number) => json(413, { ok: false, error: `payload larger than ${maxBytes} bytes` }),
  invalid: (errors: readonly ValidationError[]) => json(400, { ok: false, error: 'invalid payload', errors }),
  methodNotAllowed: () => ({ ...json(405, { ok: false, error: 'use POST' }), headers: { 'content-type': 'application/json', allow: 'POST' } }),
  handlerFailed: () => json(500, { ok: false, error: 'handler failed' }),
  misconfigured: (message: string) => json(500, { ok: false, error: message }),
};
