// Type-level tests of the Standard Schema interface as a consumer sees it: the built package through its exports
// map, against the official `@standard-schema/spec` types. Compiled by test/standard-schema.test.ts (after the
// build), not by the typecheck task, which runs before the package is built.
import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { SendbirdEvent, TalkplusEvent, TalkplusMemberAddedEvent, WebhookEvent } from '@chat-webhooks/types';
import { vendorValidators, webhookSchema } from '@chat-webhooks/validators';
import { schemaSendbirdGroupChannelMessageSendEvent } from '@chat-webhooks/validators/sendbird/group_channel.message_send';
import { schema as talkplusSchema, schemaTalkplusMemberAddedEvent } from '@chat-webhooks/validators/talkplus';

/** A library typed on the official interface only, as Hono's sValidator and tRPC's `.input()` are. */
function parseWith<Schema extends StandardSchemaV1>(schema: Schema, value: unknown): StandardSchemaV1.InferOutput<Schema> {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new TypeError('asynchronous schema');
  if (result.issues) throw new Error(result.issues.map((issue) => `${issue.path?.join('.') ?? ''}: ${issue.message}`).join('\n'));
  return result.value;
}

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<Check extends true>(): Check | undefined {
  return undefined;
}

export function perEvent(value: unknown): string[] {
  const event = parseWith(schemaTalkplusMemberAddedEvent, value);
  expectType<Equal<typeof event, TalkplusMemberAddedEvent>>();
  expectType<Equal<StandardSchemaV1.InferInput<typeof schemaTalkplusMemberAddedEvent.strict>, TalkplusMemberAddedEvent>>();
  return event.users.map((user) => user.id);
}

export function perVendor(value: unknown): string {
  const event = parseWith(talkplusSchema.strict, value);
  expectType<Equal<typeof event, TalkplusEvent>>();
  // Narrows on the discriminator like the generated union does.
  return event.event === 'member_added' ? event.users.length.toString() : event.event;
}

export function fromTheRoot(value: unknown): string {
  const sendbird = parseWith(webhookSchema('sendbird'), value);
  expectType<Equal<typeof sendbird, SendbirdEvent>>();
  const created = parseWith(webhookSchema('sendbird', 'open_channel:create'), value);
  expectType<Equal<typeof created, WebhookEvent<'sendbird', 'open_channel:create'>>>();
  const fromVendorObject = parseWith(vendorValidators.nexconn.eventSchema('message:send'), value);
  expectType<Equal<typeof fromVendorObject, WebhookEvent<'nexconn', 'message:send'>>>();
  return created.channel.channel_url;
}

export function variants(value: unknown): string {
  const event = parseWith(schemaSendbirdGroupChannelMessageSendEvent, value);
  return event.type === 'FILE' ? (event.payload.url ?? '') : event.type;
}

// Assignable to the official interface, and the result types are the official ones.
export const asStandard: StandardSchemaV1<TalkplusMemberAddedEvent> = schemaTalkplusMemberAddedEvent.strict;
export const result: StandardSchemaV1.Result<TalkplusEvent> = talkplusSchema['~standard'].validate({});

// @ts-expect-error a TalkPlus event name is not a Sendbird one
webhookSchema('sendbird', 'member_added');
