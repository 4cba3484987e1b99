import type { SendbirdEvent, SendbirdUser } from '@chat-webhooks/types/sendbird';
import { fillHint } from '../core/hints.js';
import { createRandom } from '../core/random.js';
import type { SequenceOptions } from '../core/sequence-options.js';
import { DEFAULT_SEED } from '../core/types.js';
import { sendbirdMocks as mocks } from '../generated/sendbird.js';

/**
 * A Sendbird group channel's life, the deliveries an application mostly receives: created by its owner, a guest
 * invited who joins, text messages between the two (read, reacted to, one edited, one deleted), the guest leaves,
 * the channel is removed. One app, one channel, the same two users, timestamps increasing a minute a step.
 * `members` is left out, as with the dashboard's default settings.
 */
export function sendbirdSequence({ seed = DEFAULT_SEED, messages = 3 }: SequenceOptions = {}): SendbirdEvent[] {
  const random = createRandom(`${seed}:sendbird`);
  const step = (label: string) => ({ seed: `${seed}:${label}` });
  const person = (): SendbirdUser => ({
    user_id: String(fillHint('user-id', random)),
    nickname: String(fillHint('nickname', random)),
    profile_url: String(fillHint('image-url', random)),
    metadata: {},
  });
  const app_id = String(fillHint('upper-guid', random));
  const channel_url = `sendbird_group_channel_${fillHint('{digits:6}_{hex:40}', random)}`;
  const start = Number(fillHint('unix-ms', random));
  const at = (minute: number) => start + minute * 60_000;
  const [owner, guest] = [person(), person()];
  const common = { app_id, members: undefined };

  const created = mocks['group_channel:create']({ ...common, created_at: at(0), inviter: owner, channel: { channel_url } }, step('create'));
  const { channel } = created;
  const sent = Array.from({ length: Math.max(messages, 1) }, (_, index) =>
    mocks['group_channel:message_send'](
      {
        ...common,
        channel,
        sender: index % 2 === 0 ? owner : guest,
        mentioned_users: [],
        type: 'MESG',
        payload: { message_id: 1_000_000 + index, created_at: at(3 + index) },
      },
      step(`message-${index}`),
    ),
  );
  const first = sent[0]!;
  const last = sent.at(-1)!;
  const after = 3 + sent.length;
  const text = first.type === 'MESG' ? (first.payload.message ?? '') : '';
  const edited = { message_id: first.payload.message_id, created_at: first.payload.created_at, message: `${text} (edited)` };
  return [
    created,
    mocks['group_channel:invite']({ ...common, channel, inviter: owner, invitees: [guest], invited_at: at(1) }, step('invite')),
    mocks['group_channel:join']({ ...common, channel, users: [guest], joined_at: at(2) }, step('join')),
    ...sent,
    mocks['group_channel:message_read'](
      {
        ...common,
        channel,
        read_updates: [{ user_id: guest.user_id, read_ts: at(after), channel_unread_message_count: 0, total_unread_message_count: 0 }],
      },
      step('read'),
    ),
    mocks['group_channel:reaction_add'](
      { ...common, channel, user: guest, message: { message_id: first.payload.message_id }, ts: at(after + 1) },
      step('reaction'),
    ),
    mocks['group_channel:message_update'](
      {
        ...common,
        channel,
        sender: first.sender,
        type: 'MESG',
        payload: edited,
        changes: [{ key: 'message', old: text, new: edited.message }],
      },
      step('update'),
    ),
    mocks['group_channel:message_delete'](
      { ...common, channel, sender: last.sender, type: 'MESG', payload: { message_id: last.payload.message_id } },
      step('delete'),
    ),
    mocks['group_channel:leave']({ ...common, channel, users: [guest], left_at: at(after + 4) }, step('leave')),
    mocks['group_channel:remove']({ app_id, channel, removed_at: at(after + 5) }, step('remove')),
  ];
}
