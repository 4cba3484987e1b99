import { validate } from '@chat-webhooks/validators';
import { describe, expect, it } from 'vitest';
import { nexconnSequence, sequence } from '../src/index.js';

describe('sequences: one channel told as a series of events', () => {
  it('TalkPlus: created, joined, messages, a reaction, a member leaves, removed; one app and one channel throughout', () => {
    const events = sequence('talkplus', { seed: 9, messages: 4 });
    expect(events.map((event) => event.event)).toEqual([
      'channel_added',
      'member_added',
      'message',
      'message',
      'message',
      'message',
      'reaction_added',
      'member_left',
      'channel_removed',
    ]);
    expect(new Set(events.map((event) => event.appId)).size).toBe(1);
    expect(new Set(events.map((event) => ('channel' in event ? event.channel.id : undefined))).size).toBe(1);
    const joined = events.find((event) => event.event === 'member_added');
    const senders = events.flatMap((event) => (event.event === 'message' ? [event.sender.id, event.message.userId] : []));
    if (joined?.event !== 'member_added') throw new Error('no member_added');
    for (const sender of senders) expect(joined.users.map((user) => user.id)).toContain(sender);
  });

  it('Sendbird: a group channel from create to remove; one channel URL, one app id, two users, increasing times; the edited, read and deleted messages are ones that were sent', () => {
    const events = sequence('sendbird', { seed: 'demo' });
    expect(events.map((event) => event.category)).toEqual([
      'group_channel:create',
      'group_channel:invite',
      'group_channel:join',
      'group_channel:message_send',
      'group_channel:message_send',
      'group_channel:message_send',
      'group_channel:message_read',
      'group_channel:reaction_add',
      'group_channel:message_update',
      'group_channel:message_delete',
      'group_channel:leave',
      'group_channel:remove',
    ]);
    expect(new Set(events.map((event) => event.app_id)).size).toBe(1);
    expect(new Set(events.map((event) => ('channel' in event ? event.channel?.channel_url : undefined))).size).toBe(1);
    const users = new Set<string>();
    const ids: number[] = [];
    const times: number[] = [];
    for (const event of events) {
      switch (event.category) {
        case 'group_channel:create':
          users.add(event.inviter!.user_id);
          times.push(event.created_at);
          break;
        case 'group_channel:invite':
          for (const user of event.invitees) users.add(user.user_id);
          times.push(event.invited_at!);
          break;
        case 'group_channel:join':
          times.push(event.joined_at!);
          break;
        case 'group_channel:message_send':
          expect(event.type).toBe('MESG');
          expect(users).toContain(event.sender!.user_id);
          ids.push(event.payload.message_id);
          times.push(event.payload.created_at!);
          break;
        case 'group_channel:message_read':
          expect(users).toContain(event.read_updates[0]!.user_id);
          times.push(event.read_updates[0]!.read_ts);
          break;
        case 'group_channel:reaction_add':
          expect(ids).toContain(event.message.message_id);
          times.push(event.ts!);
          break;
        case 'group_channel:message_update':
          expect(ids).toContain(event.payload.message_id);
          break;
        case 'group_channel:message_delete':
          expect(ids).toContain(event.payload.message_id);
          break;
        case 'group_channel:leave':
          times.push(event.left_at!);
          break;
        case 'group_channel:remove':
          times.push(event.removed_at!);
          break;
      }
    }
    expect(users.size).toBe(2);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });

  it('Nexconn: users connect, a group is created, joined and changed, messages go from pre-messaging to send, one is flagged and one blocked, a member quits, the group is dissolved, users disconnect; one app key, one group, three users, increasing times', () => {
    const events = nexconnSequence({ seed: 1 });
    expect(events.map((event) => event.type)).toEqual([
      'user:connection_status',
      'user:connection_status',
      'user:connection_status',
      'group_channel:operation',
      'group_channel:operation',
      'group_channel:changed',
      'group_channel:pre_messaging',
      'message:send',
      'group_channel:pre_messaging',
      'message:send',
      'group_channel:pre_messaging',
      'message:send',
      'message_moderation:suspected',
      'message_moderation:block',
      'group_channel:operation',
      'group_channel:operation',
      'user:connection_status',
      'user:connection_status',
      'user:connection_status',
    ]);
    expect(events.every((event) => event.data.length === 1)).toBe(true);
    expect(sequence('nexconn', { seed: 1, messages: 5 }).filter((event) => event.type === 'message:send')).toHaveLength(5);

    const groups = new Set<string>();
    const appKeys = new Set<string>();
    const sessions = new Map<string, string>();
    const members = new Set<string>();
    const operations: number[] = [];
    const pending = new Map<string, { userId: string; content?: string; time?: number; messageType?: string }>();
    const sent: string[] = [];
    const recordTimes: number[] = [];
    const actors: string[] = [];
    for (const event of events) {
      switch (event.type) {
        case 'user:connection_status': {
          const change = event.data[0]!;
          recordTimes.push(change.time);
          if (change.status === '0') sessions.set(change.userId, change.sessionId!);
          else {
            expect(change.status).toBe('1');
            expect(sessions.get(change.userId)).toBe(change.sessionId);
          }
          break;
        }
        case 'group_channel:operation': {
          const [profile] = event.data[0]!.profiles;
          groups.add(profile!.channelId);
          operations.push(profile!.operationType);
          recordTimes.push(profile!.time);
          actors.push(profile!.userId!);
          for (const id of profile!.members ?? []) {
            actors.push(id);
            if (profile!.operationType <= 2) members.add(id);
            else expect(members).toContain(id);
          }
          break;
        }
        case 'group_channel:changed': {
          const [profile] = event.data[0]!.profiles;
          groups.add(profile!.channelId);
          recordTimes.push(profile!.time);
          actors.push(profile!.userId!);
          expect(profile!.profile?.bulletin).toBeTypeOf('string');
          break;
        }
        case 'group_channel:pre_messaging': {
          const message = event.data[0]!;
          groups.add(message.channelId);
          appKeys.add(message.appKey);
          expect(members).toContain(message.userId);
          expect(message.channelType).toBe(3);
          pending.set(message.messageId!, message);
          recordTimes.push(message.time!);
          break;
        }
        case 'message:send': {
          const message = event.data[0]!;
          const asked = pending.get(message.messageId);
          expect(asked).toBeDefined();
          expect(message).toMatchObject({
            userId: asked!.userId,
            content: asked!.content,
            messageType: asked!.messageType,
            time: asked!.time,
            channelType: 3,
          });
          expect(JSON.parse(message.content)).toEqual({ content: expect.any(String) });
          groups.add(message.channelId);
          sent.push(message.messageId);
          break;
        }
        case 'message_moderation:suspected':
        case 'message_moderation:block': {
          const { message } = event.data[0]!;
          groups.add(message.channelId);
          appKeys.add(message.appKey);
          expect(members).toContain(message.userId);
          expect(pending.has(message.messageId!)).toBe(false);
          recordTimes.push(message.time!);
          break;
        }
        default:
          throw new Error(`unexpected ${event.type}`);
      }
    }
    expect(groups.size).toBe(1);
    expect(appKeys.size).toBe(1);
    expect(operations).toEqual([1, 2, 4, 5]);
    expect(sent).toEqual([...pending.keys()]);
    expect(new Set(sent).size).toBe(3);
    expect(members.size).toBe(3);
    expect([...sessions.keys()].sort()).toEqual([...members].sort());
    for (const actor of actors) expect(members).toContain(actor);
    const times = events.map((event) => event.time);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
    expect([...recordTimes].sort((a, b) => a - b)).toEqual(recordTimes);
  });

  for (const vendor of ['sendbird', 'talkplus', 'nexconn'] as const) {
    it(`${vendor}: every event of every series validates in strict mode, and the same seed gives the same series`, () => {
      for (const seed of [1, 2, 3, 'x']) {
        for (const event of sequence(vendor, { seed })) expect(validate(vendor, event, { strict: true }).ok).toBe(true);
        expect(JSON.stringify(sequence(vendor, { seed }))).toBe(JSON.stringify(sequence(vendor, { seed })));
      }
    });
  }
});
