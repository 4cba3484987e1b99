import { describe, expect, it } from 'vitest';
import { mock, MockValidationError } from '../src/index.js';

describe('overrides', () => {
  it('merge deeply into the generated payload', () => {
    const event = mock('talkplus', 'member_added', { appId: 'my-app', channel: { id: 'room-1', data: { topic: 'tests' } } });
    expect(event.appId).toBe('my-app');
    expect(event.channel.id).toBe('room-1');
    expect(event.channel.data).toMatchObject({ topic: 'tests' });
    expect(event.channel.name).toBe(mock('talkplus', 'member_added').channel.name);
  });

  it('replace arrays instead of merging them', () => {
    const users = [{ id: 'u1', username: 'u1', profileImageUrl: '', createdAt: 1, updatedAt: 1 }];
    expect(mock('talkplus', 'member_added', { users }).users).toEqual(users);
    expect(mock('talkplus', 'member_added', { channel: { members: [] } }).channel.members).toEqual([]);
  });

  it("pick the variant that the override's discriminator names (Sendbird message kinds)", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const file = mock('sendbird', 'group_channel:message_send', { type: 'FILE' }, { seed });
      expect(file.type).toBe('FILE');
      if (file.type === 'FILE') expect(typeof file.payload.message_id).toBe('number');
      expect('message' in file.payload).toBe(false);
      const text = mock('sendbird', 'open_channel:message_update', { type: 'MESG', payload: { message: 'edited' } }, { seed });
      expect(text.type === 'MESG' && text.payload.message).toBe('edited');
    }
    // Without an override every kind turns up, as seeds vary.
    const kinds = new Set(
      Array.from({ length: 30 }, (_, seed) => mock('sendbird', 'group_channel:message_send', undefined, { seed }).type),
    );
    expect([...kinds].sort()).toEqual(['ADMM', 'FILE', 'MESG']);
  });

  it('remove an optional property when set to undefined', () => {
    const event = mock('sendbird', 'open_channel:message_delete', { sender: undefined }, { seed: 3 });
    expect('sender' in event).toBe(false);
  });

  it('that break the schema throw the validator readable error', () => {
    const attempt = () => mock('talkplus', 'member_added', { channel: { memberCount: '1' as never } });
    expect(attempt).toThrow(MockValidationError);
    expect(attempt).toThrow('/channel/memberCount must be an integer, got the string "1"');
  });

  it('may break the schema on purpose with allowInvalid', () => {
    const event = mock('talkplus', 'member_added', { channel: { memberCount: '1' as never } }, { allowInvalid: true });
    expect(event.channel.memberCount).toBe('1');
  });

  it('ignore keys that would reach a prototype', () => {
    const event = mock('talkplus', 'user_blocked', JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(event)).not.toContain('__proto__');
  });

  it('an unknown event is a clear error', () => {
    expect(() => mock('talkplus', 'member_joined' as never)).toThrow(
      '@chat-webhooks/mocks: unknown event "member_joined" of vendor "talkplus"',
    );
  });
});
