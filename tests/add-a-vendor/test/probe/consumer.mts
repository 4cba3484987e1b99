// Type-checked inside the copy of the workspace: the added vendor's types exist, narrow and refuse mistakes.
import type { AcmeEvent, AcmeMessagePostedEvent, AcmeUser, WebhookEventMap } from '@chat-webhooks/types';
import { isEvent } from '@chat-webhooks/validators';
import { createReceiver } from '@chat-webhooks/receiver';

export function firstText(event: AcmeEvent): string | undefined {
  if (event.event === 'message:posted') return event.items[0]?.text;
  // @ts-expect-error a created channel has no text
  return event.items[0]?.text;
}

export const sender: AcmeUser = { userId: 'ada' };
export const fromMap: WebhookEventMap['acme']['message:posted'] extends AcmeMessagePostedEvent ? true : never = true;

export function guard(payload: unknown): string | undefined {
  return isEvent('acme', 'channel:created', payload) ? payload.items[0]?.channelId : undefined;
}

const receiver = createReceiver({ vendor: 'acme', secret: 'acme-secret' });
receiver.on('channel:created', (event) => {
  const creator: AcmeUser = event.items[0]!.creator;
  void creator;
});
// @ts-expect-error no such event for acme
receiver.on('message:vanished', () => {});
