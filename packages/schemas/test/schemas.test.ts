import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { customKeywords, eventNames, getExamples, getSchema, getVendorSchema, vendors, type Vendor } from '../src/index.js';

const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false, allowUnionTypes: true, keywords: [...customKeywords] });

function allRefs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allRefs);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => (key === '$ref' && typeof child === 'string' ? [child] : allRefs(child)));
}

describe('@chat-webhooks/schemas', () => {
  it('lists the three vendors with their facts', () => {
    expect(vendors.map((vendor) => vendor.id).sort()).toEqual(['nexconn', 'sendbird', 'talkplus']);
    expect(vendors.find((vendor) => vendor.id === 'talkplus')).toMatchObject({
      discriminator: 'event',
      signature: { header: 'x-talkplus-signature', encoding: 'base64' },
    });
    expect(vendors.find((vendor) => vendor.id === 'nexconn')?.signature.documented).toBe(false);
  });

  it("names Sendbird's whole documented Chat catalogue: 45 events", () => {
    const catalogue = [
      ...['create', 'remove', 'enter', 'exit', 'message_send', 'message_update', 'message_delete', 'report'].map(
        (event) => `open_channel:${event}`,
      ),
      ...[
        'create',
        'changed',
        'remove',
        'invite',
        'decline_invite',
        'join',
        'leave',
        'message_send',
        'message_read',
        'message_update',
        'message_delete',
        'freeze_unfreeze',
        'reaction_add',
        'reaction_delete',
        'report',
      ].map((event) => `group_channel:${event}`),
      ...[
        'block',
        'unblock',
        'push_preference',
        'push_channel_preference',
        'device_token_register',
        'device_token_unregister',
        'report',
        'mute',
        'ban',
        'deactivate',
      ].map((event) => `user:${event}`),
      'operators:register_by_operator',
      'operators:unregister_by_operator',
      'message:report',
      'message:moderation_extension_triggered',
      'alert:user_message_rate_limit_exceeded',
      'image_moderation:block',
      'announcement:create_channels',
      'announcement:send_messages',
      ...['replace', 'block', 'moderate', 'detect'].map((event) => `profanity_filter:${event}`),
    ];
    expect(catalogue).toHaveLength(45);
    expect([...eventNames('sendbird')].sort()).toEqual(catalogue.sort());
  });

  it('names every event of the other vendors', () => {
    expect(eventNames('talkplus')).toHaveLength(15);
    // Nexconn's whole webhook catalogue: 12 types.
    expect([...eventNames('nexconn')].sort()).toEqual([
      'community_channel:pre_messaging',
      'direct_channel:pre_messaging',
      'group_channel:changed',
      'group_channel:operation',
      'group_channel:pre_messaging',
      'message:send',
      'message_moderation:block',
      'message_moderation:suspected',
      'open_channel:metadata_update',
      'open_channel:operation',
      'open_channel:pre_messaging',
      'user:connection_status',
    ]);
  });

  for (const vendor of vendors.map((facts) => facts.id as Vendor)) {
    for (const name of eventNames(vendor)) {
      it(`${vendor} ${name}: self-contained, compiles, and its documented examples validate`, () => {
        const schema = getSchema(vendor, name);
        const discriminator = vendors.find((facts) => facts.id === vendor)!.discriminator;
        expect((schema.properties as Record<string, { const: string }>)[discriminator]!.const).toBe(name);
        for (const ref of allRefs(schema)) expect(ref).toMatch(/^#(\/\$defs\/[A-Za-z0-9]+)?$/);
        const validate = ajv.compile(schema);
        const examples = getExamples(vendor, name);
        expect(examples.length).toBeGreaterThan(0);
        for (const example of examples) expect(validate(JSON.parse(example.body)), JSON.stringify(validate.errors)).toBe(true);
      });
    }
  }

  it('the strict flavour rejects unknown properties at every depth; the canonical one accepts them', () => {
    const payload = JSON.parse(getExamples('talkplus', 'member_added')[0]!.body);
    payload.channel.members[0].undocumented = true;
    expect(ajv.compile(getSchema('talkplus', 'member_added'))(payload)).toBe(true);
    const strict = ajv.compile(getSchema('talkplus', 'member_added', { strict: true }));
    expect(strict(payload)).toBe(false);
    expect(strict.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/channel/members/0', params: { additionalProperty: 'undocumented' } }),
    );
  });

  it('keeps the TalkPlus signed body byte for byte', () => {
    const signed = getExamples('talkplus', 'channel_added').find((example) => example.name === 'signed-body');
    expect(signed?.body.startsWith('{"event":"channel_added","appId":"34f633c9-b012-4ca9-b453-2a4a460f464a"')).toBe(true);
    expect(signed?.body.endsWith('"lastMessage":null}}')).toBe(true);
  });

  it('rejects an unknown vendor or event with a message that lists what exists', () => {
    expect(() => getSchema('slack' as Vendor, 'message' as never)).toThrow(
      '@chat-webhooks/schemas: unknown vendor "slack"; known vendors: nexconn, sendbird, talkplus',
    );
    expect(() => getSchema('talkplus', 'member_joined' as never)).toThrow(
      /^@chat-webhooks\/schemas: talkplus has no event "member_joined"; its events: channel_added, /,
    );
    expect(() => getSchema('talkplus', '__proto__' as never)).toThrow(TypeError);
    expect(eventNames('slack' as Vendor)).toEqual([]);
  });

  describe('getVendorSchema', () => {
    for (const { id: vendor } of vendors) {
      it(`holds every ${vendor} event and shared definition once, by title, with references that resolve inside`, () => {
        const bundle = getVendorSchema(vendor as Vendor);
        const $defs = bundle.$defs as Record<string, unknown>;
        for (const name of eventNames(vendor as Vendor)) expect(Object.keys($defs)).toContain(getSchema(vendor as Vendor, name).title);
        for (const ref of allRefs(bundle)) expect(Object.keys($defs)).toContain(ref.replace('#/$defs/', ''));
      });

      it(`validates every documented ${vendor} example through its event's definition`, () => {
        const compiled = ajv.compile({ ...getVendorSchema(vendor as Vendor), $id: `urn:test:${vendor}` });
        expect(compiled).toBeTypeOf('function');
        for (const name of eventNames(vendor as Vendor)) {
          const check = ajv.getSchema(`urn:test:${vendor}#/$defs/${getSchema(vendor as Vendor, name).title as string}`)!;
          for (const example of getExamples(vendor as Vendor, name))
            expect(check(JSON.parse(example.body)), `${name} ${example.name}`).toBe(true);
          expect(check({ [vendors.find((facts) => facts.id === vendor)!.discriminator]: 'not:this-event' })).toBe(false);
        }
      });
    }

    it('rejects an unknown vendor with a clear error', () => {
      expect(() => getVendorSchema('acme' as Vendor)).toThrow('@chat-webhooks/schemas: unknown vendor "acme"; known vendors: ');
    });
  });
});
