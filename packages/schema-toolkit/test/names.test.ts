import { describe, expect, it } from 'vitest';
import { camelCase, eventTypeName, pascalCase, screamingSnakeCase, snakeCase, words } from '../src/index.js';

describe('names', () => {
  it('splits vendor event names on every separator', () => {
    expect(words('open_channel:message_send')).toEqual(['open', 'channel', 'message', 'send']);
    expect(words('group-channel.pre messaging')).toEqual(['group', 'channel', 'pre', 'messaging']);
  });

  it('splits camel case and keeps acronyms whole', () => {
    expect(words('GroupCreated')).toEqual(['Group', 'Created']);
    expect(words('pushNotificationSoundAOS')).toEqual(['push', 'Notification', 'Sound', 'AOS']);
    expect(words('HTTPRequest')).toEqual(['HTTP', 'Request']);
  });

  it('joins words in each case', () => {
    expect(pascalCase('open_channel:message_send')).toBe('OpenChannelMessageSend');
    expect(camelCase('GroupCreated')).toBe('groupCreated');
    expect(snakeCase('GroupCreated')).toBe('group_created');
    expect(screamingSnakeCase('userBlocked')).toBe('USER_BLOCKED');
  });

  it('names event types <Prefix><EventName>Event', () => {
    expect(eventTypeName('Sendbird', 'group_channel:message_send')).toBe('SendbirdGroupChannelMessageSendEvent');
    expect(eventTypeName('Talkplus', 'member_added')).toBe('TalkplusMemberAddedEvent');
  });

  it('gives nothing for a name without letters or digits', () => {
    expect(pascalCase(':_-')).toBe('');
    expect(camelCase('')).toBe('');
  });
});
