import type { NexconnEvent, NexconnGroupChannelOperationType, NexconnPreMessagingMessage } from '@chat-webhooks/types/nexconn';
import { fillHint } from '../core/hints.js';
import { createRandom } from '../core/random.js';
import type { SequenceOptions } from '../core/sequence-options.js';
import { DEFAULT_SEED } from '../core/types.js';
import { SENTENCES } from '../core/words.js';
import { nexconnMocks as mocks } from '../generated/nexconn.js';

/** Channel type of a group channel in message records. */
const GROUP = 3;
const BULLETINS = [
  'Weekly sync every Thursday at 3pm.',
  'Please keep this group on topic.',
  'Meet at the north trailhead, 7am.',
  'Slides from each call go in the shared folder.',
] as const;
const SUSPECTED_TEXTS = [
  'add me on my other app for the answers',
  'DM me for a discount code, limited time',
  'click the link in my profile for free credits',
] as const;
const BLOCKED_TEXTS = [
  'Cheap followers, message me now',
  'WIN $$$ NOW >>> bit.ly/free-cash',
  'Selling accounts, best price, whatsapp me',
] as const;

/** A message as the sequence makes it: every field a `message:send` record needs is present. */
type Message = NexconnPreMessagingMessage &
  Required<Pick<NexconnPreMessagingMessage, 'messageType' | 'content' | 'channelType' | 'time' | 'messageId' | 'os'>>;

interface Person {
  userId: string;
  os: string;
  clientIp: string;
  sessionId: string;
}

/**
 * A Nexconn group's life and the path of its messages, as one app's webhook receives them: the three users
 * connect (`user:connection_status` "0"), the owner creates the group and adds the other two
 * (`group_channel:operation` 1 and 2), the owner sets the bulletin and a custom attribute (`group_channel:changed`,
 * current field names), `messages` text messages each go through `group_channel:pre_messaging` and then
 * `message:send` (same message ID, sender, content and receive time), automatic moderation flags one more
 * message (`message_moderation:suspected`) and rejects another (`message_moderation:block`), a member quits
 * (`group_channel:operation` 4), the owner dissolves the group (5), and the users disconnect ("1", each with the
 * session ID of its connect). One app key, one group, the same three users; times increase at every event.
 */
export function nexconnSequence({ seed = DEFAULT_SEED, messages = 3 }: SequenceOptions = {}): NexconnEvent[] {
  const random = createRandom(`${seed}:nexconn`);
  const step = (label: string) => ({ seed: `${seed}:${label}` });
  const appKey = String(fillHint('{hex:14}', random));
  const channelId = String(fillHint('channel-id', random));
  const channelName = String(fillHint('title', random));
  const messageId = () => String(fillHint('{hex:4}-{hex:4}-{hex:4}-{hex:4}', random)).toUpperCase();
  const person = (): Person => ({
    userId: String(fillHint('user-id', random)),
    os: random.pick(['iOS', 'Android', 'Websocket']),
    clientIp: `${fillHint('ip-address', random)}:${random.int(1024, 65535)}`,
    sessionId: String(fillHint('{hex:24}', random)),
  });
  const people: Person[] = [person()];
  while (people.length < 3) {
    const candidate = person();
    if (!people.some((known) => known.userId === candidate.userId)) people.push(candidate);
  }
  const [owner, member, quitter] = people as [Person, Person, Person];

  // The clock: each event happens some seconds after the previous one; a delivery's envelope `time` is a few
  // milliseconds after the time of the record it carries.
  let clock = Number(fillHint('unix-ms', random));
  const next = (minMs = 2_000, maxMs = 90_000) => (clock += random.int(minMs, maxMs));
  const envelope = (time: number) => time + random.int(5, 40);

  const connection = (who: Person, status: '0' | '1', label: string) => {
    const time = next();
    const change =
      status === '0'
        ? { status, userId: who.userId, os: who.os, time, clientIp: who.clientIp, sessionId: who.sessionId }
        : { status, userId: who.userId, time, sessionId: who.sessionId };
    return mocks['user:connection_status']({ time: envelope(time), data: [change] }, step(label));
  };
  const operation = (operationType: NexconnGroupChannelOperationType, userId: string, members: string[] | undefined, label: string) => {
    const time = next();
    const profile = { channelId, operationType, time, userId, ...(members ? { members } : {}) };
    return mocks['group_channel:operation']({ time: envelope(time), data: [{ profiles: [profile] }] }, step(label));
  };
  const text = (sender: Person, body: string): Message => ({
    appKey,
    userId: sender.userId,
    channelId,
    messageType: 'RC:TxtMsg',
    content: JSON.stringify({ content: body }),
    channelType: GROUP,
    time: next(),
    messageId: messageId(),
    os: sender.os,
  });

  const connected = people.map((who, index) => connection(who, '0', `connect-${index}`));
  const created = operation(1, owner.userId, [owner.userId], 'create');
  const joined = operation(2, owner.userId, [member.userId, quitter.userId], 'join');
  const changedAt = next();
  const changed = mocks['group_channel:changed'](
    {
      time: envelope(changedAt),
      data: [
        {
          profiles: [
            {
              channelId,
              channelName,
              time: changedAt,
              userId: owner.userId,
              profile: { bulletin: random.pick(BULLETINS) },
              customProfile: { topic: random.pick(['design', 'release', 'support', 'travel']) },
            },
          ],
        },
      ],
    },
    step('changed'),
  );

  // Different texts for the messages (repeating only past the end of the list), none of them about deletion.
  const texts = SENTENCES.filter((sentence) => !sentence.includes('deleted'));
  const firstText = random.int(0, texts.length - 1);
  const path = Array.from({ length: Math.max(messages, 1) }, (_, index) => {
    const message = text(people[index % people.length]!, texts[(firstText + index) % texts.length]!);
    // Nexconn holds the message for the pre-messaging decision, then delivers it and reports it as sent.
    const asked = envelope(message.time);
    const pending = mocks['group_channel:pre_messaging']({ time: asked, data: [message] }, step(`pre-messaging-${index}`));
    const { appKey: _appKey, ...record } = message; // a message:send record has no app key
    const sent = mocks['message:send']({ time: asked + random.int(80, 900), data: [record] }, step(`send-${index}`));
    clock = sent.time;
    return [pending, sent];
  }).flat();

  const flagged = text(member, random.pick(SUSPECTED_TEXTS));
  const suspected = mocks['message_moderation:suspected'](
    { time: envelope(flagged.time), data: [{ message: flagged, moderationDetail: {} }] },
    step('suspected'),
  );
  const rejected = text(quitter, random.pick(BLOCKED_TEXTS));
  const blocked = mocks['message_moderation:block'](
    { time: envelope(rejected.time), data: [{ message: rejected, moderationDetail: {} }] },
    step('block'),
  );

  const left = operation(4, quitter.userId, [quitter.userId], 'quit');
  const dissolved = operation(5, owner.userId, undefined, 'dissolve');
  const disconnected = people.map((who, index) => connection(who, '1', `disconnect-${index}`));

  return [...connected, created, joined, changed, ...path, suspected, blocked, left, dissolved, ...disconnected];
}
