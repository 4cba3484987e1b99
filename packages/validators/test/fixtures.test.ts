import { describe, expect, it } from 'vitest';
import { isEvent, parseWebhook, validate, validateEvent } from '../src/index.js';
import * as talkplus from '../src/generated/talkplus/index.js';
import { isTalkplusMemberAddedEvent, validateTalkplusMemberAddedEvent } from '../src/generated/talkplus/member_added.js';
import { documented } from './examples.js';

describe('every documented example is valid, lenient and strict, through every entry point', () => {
  it('covers every event', () => {
    expect(new Set(documented.map((entry) => `${entry.vendor} ${entry.name}`)).size).toBe(72);
  });

  for (const { vendor, name, example, body, payload } of documented) {
    describe(`${vendor} ${name} (${example})`, () => {
      for (const strict of [false, true]) {
        const flavour = strict ? 'strict' : 'lenient';
        it(`validate, ${flavour}`, () => {
          expect(validate(vendor, payload, { strict })).toEqual({ ok: true, vendor, name, event: payload });
        });
        it(`validateEvent, ${flavour}`, () => {
          expect(validateEvent(vendor, name as never, payload, { strict })).toMatchObject({ ok: true, name });
        });
        it(`parseWebhook from a string and from bytes, ${flavour}`, () => {
          expect(parseWebhook(vendor, body, { strict })).toMatchObject({ ok: true, name, event: payload });
          expect(parseWebhook(vendor, new TextEncoder().encode(body), { strict })).toMatchObject({ ok: true, name, event: payload });
          expect(parseWebhook(vendor, Buffer.from(body), { strict })).toMatchObject({ ok: true, name });
        });
      }
      it('isEvent is true for its own event only', () => {
        expect(isEvent(vendor, name as never, payload)).toBe(true);
        const other = documented.find((entry) => entry.vendor === vendor && entry.name !== name)!;
        expect(isEvent(vendor, other.name as never, payload)).toBe(false);
      });
    });
  }

  it('the per-vendor and per-event entry points give the same answers', () => {
    const entry = documented.find((candidate) => candidate.vendor === 'talkplus' && candidate.name === 'member_added')!;
    expect(talkplus.validate(entry.payload)).toMatchObject({ ok: true, name: 'member_added' });
    expect(talkplus.parseWebhook(entry.body, { strict: true }).ok).toBe(true);
    expect(validateTalkplusMemberAddedEvent(entry.payload, { strict: true }).ok).toBe(true);
    expect(isTalkplusMemberAddedEvent(entry.payload)).toBe(true);
    expect(talkplus.eventNames).toHaveLength(15);
  });
});
