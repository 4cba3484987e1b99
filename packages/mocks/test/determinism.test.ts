import { eventNames, vendors, type Vendor } from '@chat-webhooks/schemas';
import { describe, expect, it } from 'vitest';
import { mock } from '../src/index.js';

const events = vendors.flatMap((facts) => eventNames(facts.id as Vendor).map((name) => ({ vendor: facts.id as Vendor, name })));

describe('seeds', () => {
  for (const { vendor, name } of events) {
    it(`${vendor} ${name}: the same seed twice gives the same bytes; 25 seeds give at least 5 distinct payloads`, () => {
      expect(JSON.stringify(mock(vendor, name as never, undefined, { seed: 42 }))).toBe(
        JSON.stringify(mock(vendor, name as never, undefined, { seed: 42 })),
      );
      expect(JSON.stringify(mock(vendor, name as never))).toBe(JSON.stringify(mock(vendor, name as never)));
      const distinct = new Set(Array.from({ length: 25 }, (_, seed) => JSON.stringify(mock(vendor, name as never, undefined, { seed }))));
      expect(distinct.size).toBeGreaterThanOrEqual(5);
    });
  }

  it('does not depend on Math.random', () => {
    const before = JSON.stringify(mock('talkplus', 'message', undefined, { seed: 'fixed' }));
    const original = Math.random;
    Math.random = () => 0.5;
    try {
      expect(JSON.stringify(mock('talkplus', 'message', undefined, { seed: 'fixed' }))).toBe(before);
    } finally {
      Math.random = original;
    }
  });

  it('varies optional and nullable fields and enum values across seeds', () => {
    const channels = Array.from({ length: 60 }, (_, seed) => mock('talkplus', 'member_added', undefined, { seed }).channel);
    expect(channels.some((channel) => channel.lastMessage === null)).toBe(true);
    expect(channels.some((channel) => channel.lastMessage !== null)).toBe(true);
    expect(channels.some((channel) => 'imageUrl' in channel)).toBe(true);
    expect(channels.some((channel) => !('imageUrl' in channel))).toBe(true);
    expect(new Set(channels.map((channel) => channel.members.length)).size).toBeGreaterThan(1);
    const operations = Array.from(
      { length: 60 },
      (_, seed) => mock('nexconn', 'open_channel:operation', undefined, { seed }).data[0]!.operationType,
    );
    expect(new Set(operations)).toEqual(new Set([0, 1, 2, 3]));
  });
});
