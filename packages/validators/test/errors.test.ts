import { describe, expect, it } from 'vitest';
import { validate, validateEvent } from '../src/index.js';
import { onePerEvent } from './examples.js';

const memberAdded = () => structuredClone(onePerEvent.find((entry) => entry.name === 'member_added')!.payload) as any;

describe('errors read like sentences and point into the payload', () => {
  it('a wrong type names the expected type and what came instead', () => {
    const payload = memberAdded();
    payload.channel.memberCount = '1';
    expect(validate('talkplus', payload)).toMatchObject({
      ok: false,
      errors: [{ path: '/channel/memberCount', keyword: 'type', message: '/channel/memberCount must be an integer, got the string "1"' }],
    });
  });

  it('a missing required property points at where it belongs', () => {
    const payload = memberAdded();
    delete payload.channel.name;
    expect(validate('talkplus', payload)).toMatchObject({
      errors: [{ path: '/channel/name', keyword: 'required', message: '/channel is missing the required property "name"' }],
    });
  });

  it('a nullable reference given neither an object nor null is one error, not a oneOf avalanche', () => {
    const payload = memberAdded();
    payload.channel.lastMessage = 5;
    expect(validate('talkplus', payload)).toMatchObject({
      errors: [
        { path: '/channel/lastMessage', keyword: 'type', message: '/channel/lastMessage must be an object or null, got the integer 5' },
      ],
    });
  });

  it('a nullable reference given a broken object reports what is broken inside it', () => {
    const payload = memberAdded();
    payload.channel.lastMessage = { ...(onePerEvent.find((entry) => entry.name === 'message')!.payload.message as object), id: 7 };
    const result = validate('talkplus', payload);
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { path: '/channel/lastMessage/id', keyword: 'type', message: '/channel/lastMessage/id must be a string, got the integer 7' },
      ],
    });
  });

  it('an undocumented enum value lists the documented ones', () => {
    const payload = structuredClone(onePerEvent.find((entry) => entry.name === 'open_channel:operation')!.payload) as any;
    payload.data[0].operationType = 9;
    expect(validate('nexconn', payload)).toMatchObject({
      errors: [
        { path: '/data/0/operationType', keyword: 'enum', message: '/data/0/operationType must be one of 0, 1, 2, 3, got the integer 9' },
      ],
    });
  });

  it('an unknown event is one error with keyword unknownEvent that lists the vendor events', () => {
    const result = validate('sendbird', { category: 'group_channel:archive', app_id: 'x' });
    expect(result).toEqual({
      ok: false,
      vendor: 'sendbird',
      name: 'group_channel:archive',
      errors: [
        {
          path: '/category',
          keyword: 'unknownEvent',
          message: expect.stringMatching(/^sendbird has no event "group_channel:archive"; its events are: (\S+, ){44}\S+$/),
        },
      ],
    });
    expect(validateEvent('talkplus', 'member_joined' as never, {})).toMatchObject({ ok: false, errors: [{ keyword: 'unknownEvent' }] });
  });

  it('a payload is checked against its own event only', () => {
    const result = validate('talkplus', { event: 'user_blocked', appId: 'a' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toEqual(['/user', '/blockedUser']);
  });

  it('a missing or mistyped discriminator says which property names the event', () => {
    expect(validate('nexconn', { id: 'x' })).toMatchObject({
      errors: [{ path: '/type', keyword: 'required', message: 'the payload is missing "type", the property that names a nexconn event' }],
    });
    expect(validate('talkplus', { event: 3 })).toMatchObject({
      errors: [{ path: '/event', keyword: 'type', message: '/event must be a string naming a talkplus event, got the integer 3' }],
    });
  });

  it('an unknown vendor is a clear error, not a crash', () => {
    expect(validate('slack' as never, {})).toEqual({
      ok: false,
      vendor: 'slack',
      errors: [
        {
          path: '',
          keyword: 'unknownVendor',
          message: '@chat-webhooks/validators: unknown vendor "slack"; known vendors: nexconn, sendbird, talkplus',
        },
      ],
    });
  });
});
