// Type-level tests, compiled with `tsc --strict` by the typecheck task and by test/types.test.ts.
import type { TalkplusEvent, TalkplusMemberAddedEvent, WebhookEvent, WebhookEventMap, WebhookEventName } from '../src/generated/index.js';
import { NexconnOpenChannelOperationType, type NexconnOpenChannelOperation } from '../src/generated/nexconn.js';
import type { SendbirdEvent } from '../src/generated/sendbird.js';

export function describeTalkplus(event: TalkplusEvent): string {
  switch (event.event) {
    case 'member_added':
      // Narrowed: `users` exists only on member events.
      return event.users.map((user) => user.username).join(', ');
    case 'message':
      return event.message.text;
    case 'user_blocked':
      return event.blockedUser.id;
    default:
      return 'channel' in event ? event.channel.id : event.appId;
  }
}

export function describeSendbird(event: SendbirdEvent): string {
  if (event.category === 'open_channel:message_send') return event.payload.message_id.toString();
  if (event.category === 'operators:register_by_operator') return event.operators.map((operator) => operator.user_id).join(',');
  return event.app_id;
}

// Variants: a message event narrows on `type` to the payload of that kind of message.
export function describeSendbirdMessage(event: WebhookEvent<'sendbird', 'group_channel:message_send'>): string {
  switch (event.type) {
    case 'MESG':
      return event.payload.message ?? '';
    case 'FILE':
      // @ts-expect-error a file message has no text
      event.payload.message;
      return `${event.payload.filename ?? 'file'} at ${event.payload.url ?? ''} (${event.payload.content_size ?? 0} bytes)`;
    case 'ADMM':
      return event.payload.message ?? '';
  }
}

export const unknownKind: WebhookEvent<'sendbird', 'open_channel:message_send'> = {
  category: 'open_channel:message_send',
  channel: { channel_url: 'sendbird_open_channel_1_x' },
  app_id: 'APP',
  // @ts-expect-error only MESG, FILE and ADMM are message kinds
  type: 'POLL',
  payload: { message_id: 1 },
};

export const memberAdded: WebhookEvent<'talkplus', 'member_added'> = {} as TalkplusMemberAddedEvent;
export const eventNames: WebhookEventName<'nexconn'>[] = ['open_channel:operation', 'group_channel:operation'];
export type SendbirdCreate = WebhookEventMap['sendbird']['open_channel:create'];

export const operation: NexconnOpenChannelOperation = {
  channelId: 'chatroom_001',
  userIds: ['user_001'],
  operationType: NexconnOpenChannelOperationType.UserJoined,
  status: 0,
  time: 1730192400000,
};

export const wrongEnumValue: NexconnOpenChannelOperation = {
  ...operation,
  // @ts-expect-error 7 is not a documented operation type
  operationType: 7,
};

export const misspeltField: NexconnOpenChannelOperation = {
  ...operation,
  // @ts-expect-error `channelID` is not a field (closed types catch typos)
  channelID: 'chatroom_001',
};

export function readMisspelt(event: TalkplusMemberAddedEvent): unknown {
  // @ts-expect-error `user` is misspelt: the field is `users`
  return event.user;
}

export function unknownName(): void {
  // @ts-expect-error `member_joined` is not a TalkPlus event
  const _name: WebhookEventName<'talkplus'> = 'member_joined';
}

export function nullableLastMessage(event: TalkplusMemberAddedEvent): string {
  // @ts-expect-error lastMessage may be null
  return event.channel.lastMessage.id;
}
