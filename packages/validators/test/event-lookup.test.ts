import { describe, expect, it } from 'vitest';
import { eventNames } from '@chat-webhooks/schemas';
import { lookupByName } from '../src/core/event-lookup.js';
import { parseWebhook, validate } from '../src/index.js';

describe('lookupByName (the dispatcher finds an event without hashing its name)', () => {
  const lookup = lookupByName({ 'user:block': 1, 'user:unban': 2, 'user:ban': 3, message: 4 });

  it('tells apart names of the same length', () => {
    expect([lookup('user:block'), lookup('user:unban'), lookup('user:ban'), lookup('message')]).toEqual([1, 2, 3, 4]);
  });

  it('finds a name read from a parsed body, a fresh string rather than the table key', () => {
    const { category } = JSON.parse('{"category":"user:\\u0062lock"}') as { category: string };
    expect(lookup(category)).toBe(1);
  });

  it('finds nothing for unknown names, whatever their length, and nothing on Object.prototype', () => {
    for (const name of ['user:blocK', 'user:bloc', '', 'a'.repeat(500), '__proto__', 'constructor', 'toString', 'length'])
      expect(lookup(name)).toBeUndefined();
  });

  it('finds every event of every vendor by its own name', () => {
    for (const vendor of ['sendbird', 'talkplus', 'nexconn'] as const) {
      const names = eventNames(vendor);
      const byName = lookupByName(Object.fromEntries(names.map((name) => [name, name])));
      for (const name of names) expect(byName(name)).toBe(name);
    }
  });
});

describe('the vendor dispatcher around the lookup', () => {
  it('still words an unknown event name, of a known length or not', () => {
    for (const name of ['user:blocK', 'no_such_event_of_any_vendor']) {
      expect(parseWebhook('sendbird', JSON.stringify({ category: name }))).toMatchObject({
        ok: false,
        errors: [{ path: '/category', keyword: 'unknownEvent' }],
      });
    }
  });

  it('reads the discriminator from the payload itself, never from a prototype', () => {
    const payload = Object.create({ event: 'member_added' }) as object;
    expect(validate('talkplus', payload)).toMatchObject({ ok: false, errors: [{ path: '/event', keyword: 'required' }] });
  });
});
