import type { SendbirdEvent } from '@chat-webhooks/types/sendbird';
import { fillHint } from '../core/hints.js';
import { createRandom } from '../core/random.js';
import type { SequenceOptions } from '../core/sequence-options.js';
import { DEFAULT_SEED } from '../core/types.js';
import { sendbirdMocks as mocks } from '../generated/sendbird.js';

/** A Sendbird open channel's life: created, a user enters, messages (one edited), the user exits, the channel is removed. */
export function sendbirdSequence({ seed = DEFAULT_SEED, messages = 3 }: SequenceOptions = {}): SendbirdEvent[] {
  const random = createRandom(`${seed}:sendbird`);
  const step = (label: string) => ({ seed: `${seed}:${label}` });
  const app_id = String(fillHint('upper-guid', random));
  const channel_url = `sendbird_open_channel_${fillHint('{digits:5}_{hex:40}', random)}`;
  const start = Number(fillHint('unix-ms', random));
  const created = mocks['open_channel:create']({ app_id, created_at: start, channel: { channel_url } }, step('create'));
  const { channel } = created;
  const { user } = mocks['open_channel:enter']({ app_id, channel }, step('enter'));
  const messageChannel = { channel_url, name: channel.name, custom_type: channel.custom_type ?? '', data: channel.data ?? '' };
  const sent = Array.from({ length: messages }, (_, index) =>
    mocks['open_channel:message_send'](
      { app_id, channel: messageChannel, sender: user, payload: { message_id: 1_000_000 + index, created_at: start + (index + 2) * 60_000 } },
      step(`message-${index}`),
    ),
  );
  const edited = sent[0]?.payload;
  return [
    created,
    mocks['open_channel:enter']({ app_id, channel, user, entered_at: start + 60_000 }, step('enter')),
    ...sent,
    ...(edited ? [mocks['open_channel:message_update']({ app_id, channel: messageChannel, sender: user, payload: edited }, step('update'))] : []),
    mocks['open_channel:exit']({ app_id, channel, user }, step('exit')),
    mocks['open_channel:remove']({ app_id, channel, removed_at: start + (messages + 5) * 60_000 }, step('remove')),
  ];
}
