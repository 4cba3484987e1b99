// Type-level tests, compiled by the typecheck task (tsc --strict).
import type { SendbirdOpenChannelCreateEvent } from '@chat-webhooks/types';
import { mock } from '../src/index.js';
import { mockTalkplusMemberAddedEvent } from '../src/generated/talkplus.js';

export const created: SendbirdOpenChannelCreateEvent = mock('sendbird', 'open_channel:create', { channel: { name: 'Typed' } });
export const added = mockTalkplusMemberAddedEvent({ channel: { memberCount: 2 } }, { seed: 1 });
export const addedName: string = added.users[0]?.username ?? '';

// @ts-expect-error `memberCount` is an integer, not a string
mock('talkplus', 'member_added', { channel: { memberCount: '2' } });
// @ts-expect-error `membersCount` is not a field
mock('talkplus', 'member_added', { channel: { membersCount: 2 } });
// @ts-expect-error `users` is an array of users, not a user
mock('talkplus', 'member_added', { users: { id: 'x' } });
// @ts-expect-error not an event of Nexconn
mock('nexconn', 'open_channel:create');
