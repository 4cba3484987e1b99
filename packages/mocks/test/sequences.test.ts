import { validate } from '@chat-webhooks/validators';
import { describe, expect, it } from 'vitest';
import { nexconnSequence, sequence } from '../src/index.js';

describe('sequences: one channel told as a series of events', () => {
  it('TalkPlus: created, joined, messages, a reaction, a member leaves, removed; one app and one channel throughout', () => {
    const events = sequence('talkplus', { seed: 9, messages: 4 });
    expect(events.map((event) => event.event)).toEqual(['channel_added', 'member_added', 'message', 'message', 'message', 'message', 'reaction_added', 'member_left', 'channel_removed']);
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
      'group_channel:create', 'group_channel:invite', 'group_channel:join',
      'group_channel:message_send', 'group_channel:message_send', 'group_channel:message_send',
      'group_channel:message_read', 'group_channel:reaction_add', 'group_channel:message_update',
      'group_channel:message_delete', 'group_channel:leave', 'group_channel:remove',
    ]);
    expect(new Set(events.map((event) => event.app_id)).size).toBe(1);
    expect(new Set(events.map((event) => ('channel' in event ? event.channel?.channel_url : undefined))).size).toBe(1);
    const users = new Set<string>();
    const ids: number[] = [];
    const times: number[] = [];
    for (const event of events) {
      switch (event.category) {
        case 'group_channel:create': users.add(event.inviter!.user_id); times.push(event.created_at); break;
        case 'group_channel:invite': event.invitees.forEach((user) => users.add(user.user_id)); times.push(event.invited_at!); break;
        case 'group_channel:join': times.push(event.joined_at!); break;
        case 'group_channel:message_send':
          expect(event.type).toBe('MESG');
          expect(users).toContain(event.sender!.user_id);
          ids.push(event.payload.message_id);
          times.push(event.payload.created_at!);
          break;
        case 'group_channel:message_read': expect(users).toContain(event.read_updates[0]!.user_id); times.push(event.read_updates[0]!.read_ts); break;
        case 'group_channel:reaction_add': expect(ids).toContain(event.message.message_id); times.push(event.ts!); break;
        case 'group_channel:message_update': expect(ids).toContain(event.payload.message_id); break;
        case 'group_channel:message_delete': expect(ids).toContain(event.payload.message_id); break;
        case 'group_channel:leave': times.push(event.left_at!); break;
        case 'group_channel:remove': times.push(event.removed_at!); break;
      }
    }
    expect(users.size).toBe(2);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });

  it('Nexconn: created, joined, left, destroyed, on one channel, in time order', () => {
    const events = nexconnSequence({ seed: 1 });
    expect(events.map((event) => event.data[0]!.operationType)).toEqual([0, 1, 2, 3]);
    expect(new Set(events.map((event) => event.data[0]!.channelId)).size).toBe(1);
    const times = events.map((event) => event.time);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
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
