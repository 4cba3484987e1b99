import { customKeywords, eventNames, getSchema, vendors, type Vendor } from '@chat-webhooks/schemas';
import { describe, expect, it } from 'vitest';
import { isKnownHint } from '../src/core/hints.js';
import { mock } from '../src/index.js';

function hintsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(hintsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => (key === 'x-mock' ? [String(child)] : hintsIn(child)));
}

const seeds = Array.from({ length: 30 }, (_, seed) => seed);

describe('realistic values, driven by the hints in the schemas', () => {
  it('knows every x-mock hint the schemas use', () => {
    expect(customKeywords).toContain('x-mock');
    const hints = vendors.flatMap((facts) =>
      eventNames(facts.id as Vendor).flatMap((name) => hintsIn(getSchema(facts.id as Vendor, name))),
    );
    expect(hints.length).toBeGreaterThan(20);
    expect(hints.filter((hint) => !isKnownHint(hint))).toEqual([]);
  });

  it('Sendbird: upper-case GUID app ids, channel URLs shaped like Sendbird ones, millisecond timestamps', () => {
    for (const seed of seeds) {
      const event = mock('sendbird', 'open_channel:create', undefined, { seed });
      expect(event.app_id).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
      expect(event.channel.channel_url).toMatch(/^sendbird_(open|group)_channel_\d{7}_[0-9a-f]{40}$/);
      expect(event.created_at).toBeGreaterThan(1_700_000_000_000);
    }
  });

  it('Nexconn: event ids are UUIDs or Snowflake ids, times are Unix milliseconds', () => {
    const ids = seeds.map((seed) => mock('nexconn', 'open_channel:operation', undefined, { seed }));
    for (const event of ids) {
      expect(event.id).toMatch(/^([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|[1-9]\d{18})$/);
      expect(event.time).toBeGreaterThan(1_700_000_000_000);
    }
    expect(ids.some((event) => event.id.includes('-'))).toBe(true);
    expect(ids.some((event) => !event.id.includes('-'))).toBe(true);
  });

  it('TalkPlus: each timestamp in the unit its field uses (members in ms, users in s, as the docs show)', () => {
    for (const seed of seeds) {
      const event = mock('talkplus', 'member_added', undefined, { seed });
      for (const member of event.channel.members) expect(member.createdAt).toBeGreaterThan(1_700_000_000_000);
      for (const user of event.users) expect(user.createdAt).toBeLessThan(10_000_000_000);
    }
  });
});
