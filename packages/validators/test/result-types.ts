// Type-level tests of the results, compiled by the typecheck task (tsc --strict).
import { isEvent, parseWebhook, validate, validateEvent } from '../src/index.js';
import { validateSendbirdOpenChannelCreateEvent } from '../src/generated/sendbird/open_channel.create.js';
import * as talkplus from '../src/generated/talkplus/index.js';

export function narrowsOnName(body: string): string[] {
  const result = parseWebhook('talkplus', body);
  if (!result.ok) return result.errors.map((error) => `${error.path}: ${error.message}`);
  if (result.name === 'member_added') return result.event.users.map((user) => user.id);
  // @ts-expect-error `users` exists only on member events
  return result.event.users;
}

export function namedEvent(payload: unknown): string | undefined {
  const result = validateEvent('sendbird', 'open_channel:create', payload, { strict: true });
  return result.ok ? result.event.channel.channel_url : result.errors[0]?.message;
}

export function guard(payload: unknown): string | undefined {
  return isEvent('nexconn', 'open_channel:operation', payload) ? payload.data[0]?.channelId : undefined;
}

export function perEntry(payload: unknown): boolean {
  const vendorResult = talkplus.validate(payload);
  const eventResult = validateSendbirdOpenChannelCreateEvent(payload);
  return vendorResult.ok && vendorResult.vendor === 'talkplus' && eventResult.ok && eventResult.name === 'open_channel:create';
}

export function unknownNames(payload: unknown): void {
  // @ts-expect-error not a TalkPlus event
  validateEvent('talkplus', 'member_joined', payload);
  // @ts-expect-error not a vendor
  validate('slack', payload);
}
