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

  it('Sendbird: one channel URL and one app id; the edited message is one that was sent', () => {
    const events = sequence('sendbird', { seed: 'demo' });
    expect(events.map((event) => event.category)).toEqual(['open_channel:create', 'open_channel:enter', 'open_channel:message_send', 'open_channel:message_send', 'open_channel:message_send', 'open_channel:message_update', 'open_channel:exit', 'open_channel:remove']);
    expect(new Set(events.map((event) => event.app_id)).size).toBe(1);
    expect(new Set(events.map((event) => event.channel.channel_url)).size).toBe(1);
    const sentIds = events.flatMap((event) => (event.category === 'open_channel:message_send' ? [event.payload.message_id] : []));
    const update = events.find((event) => event.category === 'open_channel:message_update');
    expect(update?.category === 'open_channel:message_update' && sentIds.includes(update.payload.message_id)).toBe(true);
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
