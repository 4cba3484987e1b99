import type { TalkplusEvent, TalkplusUser } from '@chat-webhooks/types/talkplus';
import { fillHint } from '../core/hints.js';
import { createRandom } from '../core/random.js';
import type { SequenceOptions } from '../core/sequence-options.js';
import { DEFAULT_SEED } from '../core/types.js';
import { talkplusMocks as mocks } from '../generated/talkplus.js';

/** A TalkPlus channel's life: created, users join, messages, a reaction, a member leaves, the channel is removed. */
export function talkplusSequence({ seed = DEFAULT_SEED, messages = 3 }: SequenceOptions = {}): TalkplusEvent[] {
  const random = createRandom(`${seed}:talkplus`);
  const step = (label: string) => ({ seed: `${seed}:${label}` });
  const appId = String(fillHint('uuid', random));
  const { channel } = mocks.channel_added({ appId, channel: { lastMessage: null, memberCount: 1 } }, step('channel'));
  const joiners: TalkplusUser[] = [1, 2].map((index) => mocks.user_blocked({ appId }, step(`user-${index}`)).user);
  const inChannel = { ...channel, memberCount: channel.memberCount + joiners.length };
  const sent = Array.from({ length: messages }, (_, index) => {
    const sender = joiners[index % joiners.length]!;
    return mocks.message(
      {
        appId,
        channel: inChannel,
        sender,
        message: { channelId: channel.id, userId: sender.id, username: sender.username, profileImageUrl: sender.profileImageUrl },
      },
      step(`message-${index}`),
    );
  });
  const reacted = sent.at(-1)?.message;
  return [
    mocks.channel_added({ appId, channel }, step('channel')),
    mocks.member_added({ appId, channel: inChannel, users: joiners }, step('join')),
    ...sent,
    ...(reacted ? [mocks.reaction_added({ appId, channel: inChannel, user: joiners[0]!, message: reacted }, step('reaction'))] : []),
    mocks.member_left({ appId, channel: { ...inChannel, memberCount: inChannel.memberCount - 1 }, users: [joiners[1]!] }, step('leave')),
    mocks.channel_removed({ appId, channel: { ...channel, memberCount: 0 } }, step('remove')),
  ];
}
