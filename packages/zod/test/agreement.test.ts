import { vendors } from '@chat-webhooks/schemas';
import { validate, validateEvent, type Vendor } from '@chat-webhooks/validators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as schemas from '../src/index.js';
// The validators' own test payloads and mutations, read where they are: agreeing on them is the point.
import { documented, onePerEvent } from '../../validators/test/examples.js';
import { applyMutations, mutationsOf } from '../../validators/test/mutations.js';
import { captured } from '../../validators/test/captured.js';

type Flavour = 'lenient' | 'strict';
const exports = schemas as unknown as Record<string, unknown>;

function eventSchema(vendor: Vendor, name: string, flavour: Flavour): z.ZodType {
  const table = exports[`${vendor}Event${flavour === 'strict' ? 'Strict' : ''}Schemas`] as Record<string, z.ZodType>;
  return table[name]!;
}

function vendorSchema(vendor: Vendor, flavour: Flavour): z.ZodType {
  return exports[`${vendor}Event${flavour === 'strict' ? 'Strict' : ''}Schema`] as z.ZodType;
}

/** Zod's verdicts, per event and per vendor, in both flavours, next to the validators'; a valid payload comes back whole. */
function verdicts(vendor: Vendor, name: string, payload: unknown) {
  return (['lenient', 'strict'] as const).flatMap((flavour) => {
    const strict = flavour === 'strict';
    const ofEvent = eventSchema(vendor, name, flavour).safeParse(payload);
    const ofVendor = vendorSchema(vendor, flavour).safeParse(payload);
    for (const result of [ofEvent, ofVendor]) if (result.success) expect(result.data).toEqual(payload);
    return [
      { check: `${flavour} ${name}`, zod: ofEvent.success, validators: validateEvent(vendor, name as never, payload, { strict }).ok },
      { check: `${flavour} ${vendor}`, zod: ofVendor.success, validators: validate(vendor, payload, { strict }).ok },
    ];
  });
}

function expectAgreement(vendor: Vendor, name: string, payload: unknown): void {
  for (const { check, zod, validators } of verdicts(vendor, name, payload)) expect({ check, zod }).toEqual({ check, zod: validators });
}

describe('Zod and @chat-webhooks/validators agree', () => {
  it('every event has a lenient and a strict schema, and so has every vendor', () => {
    for (const { vendor, name } of documented) {
      expect(eventSchema(vendor, name, 'lenient'), `${vendor} ${name}`).toBeDefined();
      expect(eventSchema(vendor, name, 'strict'), `${vendor} ${name}`).toBeDefined();
    }
    for (const vendor of ['sendbird', 'talkplus', 'nexconn'] as const)
      expect(Object.keys(exports[`${vendor}EventSchemas`] as object).length).toBeGreaterThanOrEqual(12);
  });

  it('on every documented example: valid, lenient and strict', () => {
    expect(documented.length).toBeGreaterThan(72);
    for (const { vendor, name, payload } of documented) {
      expect(
        verdicts(vendor, name, payload)
          .filter((verdict) => !verdict.zod || !verdict.validators)
          .map((verdict) => `${vendor} ${verdict.check}`),
      ).toEqual([]);
    }
  });

  it('on hand-made invalid payloads: wrong type, missing field, unknown field, wrong variant, unknown event', () => {
    const memberAdded = documented.find((entry) => entry.vendor === 'talkplus' && entry.name === 'member_added')!.payload as any;
    const fileMessage = documented.find(
      (entry) => entry.vendor === 'sendbird' && entry.name === 'group_channel:message_send' && (entry.payload as any).type === 'FILE',
    )!.payload as any;
    const cases: [Vendor, string, unknown][] = [
      ['talkplus', 'member_added', { ...memberAdded, channel: { ...memberAdded.channel, memberCount: '1' } }],
      ['talkplus', 'member_added', { ...memberAdded, channel: { ...memberAdded.channel, memberCount: 1.5 } }],
      ['talkplus', 'member_added', { ...memberAdded, channel: { ...memberAdded.channel, memberCount: 1e300 } }],
      ['talkplus', 'member_added', { ...memberAdded, users: undefined }],
      ['talkplus', 'member_added', { ...memberAdded, undocumented: true }],
      ['talkplus', 'member_added', { ...memberAdded, event: 'nope' }],
      ['sendbird', 'group_channel:message_send', { ...fileMessage, type: 'MESG' }],
      ['sendbird', 'group_channel:message_send', { ...fileMessage, type: 'XXXX' }],
      ['sendbird', 'group_channel:message_send', { ...fileMessage, payload: { ...fileMessage.payload, url: 7 } }],
      ['sendbird', 'group_channel:message_send', { ...fileMessage, payload: { ...fileMessage.payload, undocumented: 1 } }],
      ['nexconn', 'message:send', []],
      ['nexconn', 'message:send', null],
    ];
    const found = cases.flatMap(([vendor, name, payload]) => verdicts(vendor, name, JSON.parse(JSON.stringify(payload) ?? 'null')));
    for (const { check, zod, validators } of found) expect({ check, zod }).toEqual({ check, zod: validators });
    // Not vacuous: the cases include payloads only strict mode refuses, and payloads both flavours refuse.
    expect(found.filter((verdict) => verdict.check.startsWith('lenient') && verdict.zod).length).toBeGreaterThan(0);
    expect(found.filter((verdict) => !verdict.zod).length).toBeGreaterThan(found.length / 2);
  });

  for (const { vendor, name, payload } of onePerEvent) {
    it(`${vendor} ${name}: on the validators' property-based mutations`, () => {
      fc.assert(
        fc.property(mutationsOf(payload), (mutations) => expectAgreement(vendor, name, applyMutations(payload, mutations))),
        { numRuns: 150 },
      );
    });
  }
});

describe.skipIf(captured.length === 0)('Zod and @chat-webhooks/validators agree on real captured deliveries', () => {
  for (const { vendor, file, body } of captured) {
    it(`${vendor} ${file}, lenient and strict`, () => {
      const payload: unknown = JSON.parse(body.toString('utf8'));
      const { discriminator } = vendors.find((facts) => facts.id === vendor)!;
      expectAgreement(vendor, String((payload as Record<string, unknown>)[discriminator]), payload);
    });
  }
});
