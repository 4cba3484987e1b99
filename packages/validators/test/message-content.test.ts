import fc from 'fast-check';
import { eventNames, getExamples } from '@chat-webhooks/schemas';
import type { NexconnPreMessagingMessage, NexconnSentMessage } from '@chat-webhooks/types';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  decodeNexconnMessageContent,
  nexconnMessageContentTypes,
  type NexconnContentResult,
  type NexconnImageContent,
  type NexconnKnownMessageType,
  type NexconnTextContent,
} from '../src/index.js';

const decode = (messageType: string, content: string, options?: Parameters<typeof decodeNexconnMessageContent>[1]): NexconnContentResult =>
  decodeNexconnMessageContent({ messageType, content }, options);

/** Expects a failure with exactly these keywords, and returns its errors. */
const rejects = (result: NexconnContentResult, ...keywords: string[]) => {
  if (result.ok) throw new Error(`expected ${keywords.join(', ')}, got ok: ${JSON.stringify(result)}`);
  expect(result.errors.map((error) => error.keyword)).toEqual(keywords);
  for (const error of result.errors) expect(error.message.length).toBeGreaterThan(10);
  return result.errors;
};

/** Every object in a parsed example that carries a message type and a content string (data[] items, moderation `message`s). */
function messageRecords(value: unknown): { messageType: string; content: string }[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(messageRecords);
  const record = value as Record<string, unknown>;
  const own =
    typeof record.messageType === 'string' && typeof record.content === 'string'
      ? [{ messageType: record.messageType, content: record.content }]
      : [];
  return [...own, ...Object.values(record).flatMap(messageRecords)];
}

const documentedRecords = eventNames('nexconn').flatMap((name) =>
  getExamples('nexconn', name).flatMap((example) =>
    messageRecords(JSON.parse(example.body)).map((record) => ({ name, example: example.name, record })),
  ),
);

// One content per modelled type, written from the sources named in src/core/nexconn-message-content.ts.
const samples: Record<NexconnKnownMessageType, Record<string, unknown>> = {
  'RC:TxtMsg': {
    content: '@Alice the build is green',
    mentionedInfo: { type: 2, userIdList: ['alice'], mentionedContent: 'Someone mentioned you' },
    user: { id: 'u42', name: 'Robin', portrait: 'https://cdn.example.net/p/u42.png', extra: '' },
    extra: '',
  },
  'RC:ImgMsg': { content: '/9j/4AAQSkZJRgABAQ', imageUri: 'https://cdn.example.net/chat/photo.jpg', extra: '' },
  'RC:GIFMsg': { remoteUrl: 'https://cdn.example.net/chat/party.gif', gifDataSize: 183_204, width: 320, height: 240, extra: '' },
  'RC:VcMsg': { content: 'IyFBTVIKPJEXFr5', duration: 7, extra: '' },
  'RC:HQVCMsg': { remoteUrl: 'https://cdn.example.net/chat/voice.aac', duration: 12, extra: '' },
  'RC:FileMsg': { name: 'q3-report.pdf', size: 1_048_576, fileUrl: 'https://cdn.example.net/chat/q3-report.pdf', extra: '' },
  'RC:SightMsg': {
    content: '/9j/4AAQSkZJRgABAQ',
    sightUrl: 'https://cdn.example.net/chat/clip.mp4',
    duration: 9,
    size: 2_097_152,
    name: 'clip.mp4',
  },
  'RC:LBSMsg': { content: '/9j/4AAQSkZJRgABAQ', latitude: 52.520008, longitude: 13.404954, poi: 'Alexanderplatz, Berlin', extra: '' },
  'RC:ReferenceMsg': {
    content: 'Agreed, ship it.',
    referMsgUserId: 'omar_311',
    referMsg: { content: 'Shall we ship on Friday?' },
    objName: 'RC:TxtMsg',
    referMsgUid: 'C4QK-7M2D-91PZ-X0LA',
  },
  'RC:InfoNtf': { message: 'Please be careful with payment requests.', extra: '' },
  'RC:RcNtf': {
    operatorId: 'omar_311',
    recallTime: 1747306002187,
    originalObjectName: 'RC:TxtMsg',
    recallContent: 'oops',
    recallActionTime: 1747306010000,
    admin: false,
    delete: false,
  },
  'RC:CmdMsg': { name: 'AtPerson', data: '{"sourceId":"9527"}' },
  'RC:RcCmd': {
    MessageUId: 'C4QK-7M2D-91PZ-X0LA',
    TargetId: 'team_design',
    SentTime: '1747306002187',
    ConversationType: '3',
    isAdmin: false,
    isDelete: true,
  },
  'RC:ReadNtf': { lastMessageSendTime: 1408706337, messageUId: 'C4QK-7M2D-91PZ-X0LA', type: 1 },
};

describe('decodeNexconnMessageContent: documented contents decode', () => {
  it('finds the message records of the Nexconn examples (message:send, pre-messaging, moderation)', () => {
    expect(documentedRecords.filter((entry) => entry.name === 'message:send').length).toBe(getExamples('nexconn', 'message:send').length);
    expect(documentedRecords.length).toBeGreaterThanOrEqual(9);
  });

  it.each(documentedRecords.map((entry) => [`${entry.name} / ${entry.example}`, entry.record] as const))(
    'decodes the example %s',
    (_, record) => {
      const result = decodeNexconnMessageContent(record);
      expect(result).toMatchObject({ ok: true, known: true, messageType: record.messageType });
      if (result.ok) expect(result.content).toEqual(JSON.parse(record.content));
    },
  );

  it('has a sample for every modelled message type, and lists each type once', () => {
    expect(Object.keys(samples).sort()).toEqual([...nexconnMessageContentTypes].sort());
    expect(new Set(nexconnMessageContentTypes).size).toBe(nexconnMessageContentTypes.length);
  });

  it.each(Object.entries(samples))('decodes %s', (messageType, content) => {
    expect(decode(messageType, JSON.stringify(content))).toEqual({ ok: true, known: true, messageType, content });
  });

  it('requires only what the docs require: a minimal image, file or voice content is valid', () => {
    for (const messageType of ['RC:ImgMsg', 'RC:GIFMsg', 'RC:FileMsg', 'RC:HQVCMsg', 'RC:LBSMsg', 'RC:ReferenceMsg', 'RC:RcCmd']) {
      expect(decode(messageType, '{}')).toMatchObject({ ok: true, known: true });
    }
  });

  it('keeps fields it does not know (lenient, as vendors add fields)', () => {
    const result = decode('RC:TxtMsg', '{"content":"hi","burnAfterReading":true,"user":{"id":"u1","alias":"R"}}');
    expect(result).toMatchObject({ ok: true, content: { content: 'hi', burnAfterReading: true, user: { alias: 'R' } } });
  });

  it('accepts the recall command in both spellings: booleans or 0/1, MessageUId or messageUId', () => {
    expect(decode('RC:RcCmd', '{"messageUId":"X","conversationType":"6","isAdmin":0,"isDelete":1}').ok).toBe(true);
    rejects(decode('RC:RcCmd', '{"isAdmin":2}'), 'type');
  });

  it('takes the message records of the generated types as they are', () => {
    const sent = (message: NexconnSentMessage) => decodeNexconnMessageContent(message);
    const held = (message: NexconnPreMessagingMessage) => decodeNexconnMessageContent(message);
    expect(held({ appKey: 'k', userId: 'u', channelId: 'c' })).toMatchObject({
      ok: false,
      errors: [{ path: '/messageType', keyword: 'required' }],
    });
    expect(sent).toBeTypeOf('function');
  });

  it('narrows the content by messageType once `known` is checked', () => {
    const result = decode('RC:ImgMsg', JSON.stringify(samples['RC:ImgMsg']));
    if (!result.ok || !result.known) throw new Error('expected a known content');
    if (result.messageType === 'RC:ImgMsg') {
      expectTypeOf(result.content).toEqualTypeOf<NexconnImageContent>();
      expect(result.content.imageUri).toBe('https://cdn.example.net/chat/photo.jpg');
    }
    if (result.messageType === 'RC:TxtMsg') expectTypeOf(result.content).toEqualTypeOf<NexconnTextContent>();
  });
});

describe('decodeNexconnMessageContent: unknown (custom) message types', () => {
  it('passes a custom type through, parsed, with known: false', () => {
    expect(decode('App:Poll', '{"question":"Lunch?","options":["yes","no"]}')).toEqual({
      ok: true,
      known: false,
      messageType: 'App:Poll',
      json: true,
      content: { question: 'Lunch?', options: ['yes', 'no'] },
    });
  });

  it('passes a custom type whose body is not JSON through as text', () => {
    expect(decode('App:Raw', 'ping|42')).toEqual({ ok: true, known: false, messageType: 'App:Raw', json: false, content: 'ping|42' });
    expect(decode('App:Raw', '')).toMatchObject({ ok: true, json: false, content: '' });
  });

  it('treats a type that only differs in case as unknown (types are case-sensitive)', () => {
    expect(decode('rc:txtmsg', '{"content":1}')).toMatchObject({ ok: true, known: false });
  });

  it('does not find message types on Object.prototype', () => {
    for (const messageType of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(decode(messageType, '{}')).toMatchObject({ ok: true, known: false });
    }
  });
});

describe('decodeNexconnMessageContent: invalid contents are refused, readably', () => {
  it('refuses malformed JSON for a known type', () => {
    const [error] = rejects(decode('RC:TxtMsg', '{"content":"hi"'), 'json');
    expect(error).toMatchObject({
      path: '/content',
      message: expect.stringMatching(/^\/content must be JSON for the known message type RC:TxtMsg, but is not valid JSON/),
    });
    rejects(decode('RC:ImgMsg', ''), 'json');
    rejects(decode('RC:FileMsg', 'hello'), 'json');
  });

  it('refuses JSON that is not an object for a known type', () => {
    for (const content of ['null', '[]', '"hi"', '42', 'true']) {
      const [error] = rejects(decode('RC:TxtMsg', content), 'type');
      expect(error?.path).toBe('/content');
    }
  });

  it('refuses a double-encoded content (a JSON string holding JSON)', () => {
    rejects(decode('RC:TxtMsg', JSON.stringify(JSON.stringify({ content: 'hi' }))), 'type');
  });

  it('reports wrong field types with their path and the value found', () => {
    expect(rejects(decode('RC:TxtMsg', '{"content":42}'), 'type')).toEqual([
      { path: '/content/content', keyword: 'type', message: '/content/content must be a string, got the integer 42' },
    ]);
    expect(rejects(decode('RC:ImgMsg', '{"imageUri":["a"]}'), 'type')[0]?.path).toBe('/content/imageUri');
    expect(rejects(decode('RC:FileMsg', '{"size":"1024"}'), 'type')[0]?.message).toBe(
      '/content/size must be an integer, got the string "1024"',
    );
    expect(rejects(decode('RC:LBSMsg', '{"latitude":"52.5","longitude":null}'), 'type', 'type').map((error) => error.path)).toEqual([
      '/content/latitude',
      '/content/longitude',
    ]);
    rejects(decode('RC:RcNtf', '{"recallTime":1,"originalObjectName":"RC:TxtMsg","admin":"no","delete":false}'), 'type');
    rejects(decode('RC:ReferenceMsg', '{"referMsg":"quoted"}'), 'type');
  });

  it('checks nested objects and arrays: mentionedInfo, user', () => {
    const errors = rejects(
      decode('RC:TxtMsg', '{"content":"hi","mentionedInfo":{"type":"2","userIdList":["a",7,null]},"user":{"name":5}}'),
      'type',
      'type',
      'type',
      'type',
    );
    expect(errors.map((error) => error.path)).toEqual([
      '/content/mentionedInfo/type',
      '/content/mentionedInfo/userIdList/1',
      '/content/mentionedInfo/userIdList/2',
      '/content/user/name',
    ]);
    rejects(decode('RC:TxtMsg', '{"content":"hi","mentionedInfo":{"userIdList":[]}}'), 'required');
  });

  it('reports fields the docs require when they are missing', () => {
    expect(rejects(decode('RC:TxtMsg', '{"extra":""}'), 'required')).toEqual([
      { path: '/content/content', keyword: 'required', message: '/content is missing the required property "content"' },
    ]);
    rejects(decode('RC:CmdMsg', '{"name":"x"}'), 'required');
    rejects(decode('RC:RcNtf', '{}'), 'required', 'required', 'required', 'required');
  });

  it('bounds the errors: maxErrors, truncated', () => {
    const content = JSON.stringify({
      content: 'hi',
      mentionedInfo: { type: 2, userIdList: Array.from({ length: 1000 }, (_, index) => index) },
    });
    const result = decode('RC:TxtMsg', content);
    expect(result).toMatchObject({ ok: false, truncated: true });
    if (!result.ok) expect(result.errors).toHaveLength(20);
    const all = decode('RC:TxtMsg', content, { maxErrors: Infinity });
    expect(all.ok ? 0 : all.errors.length).toBe(1000);
    expect(all).not.toHaveProperty('truncated');
    const exactly = decode('RC:TxtMsg', '{"content":1}', { maxErrors: 1 });
    expect(exactly).not.toHaveProperty('truncated');
  });
});

describe('decodeNexconnMessageContent: hostile contents', () => {
  it('refuses a __proto__ key, top-level, nested and escaped, for known and unknown types, without polluting', () => {
    for (const messageType of ['RC:TxtMsg', 'App:Custom']) {
      expect(rejects(decode(messageType, '{"content":"hi","__proto__":{"polluted":true}}'), 'prototype')[0]?.path).toBe(
        '/content/__proto__',
      );
      expect(rejects(decode(messageType, '{"content":"hi","user":{"__proto__":{"polluted":true}}}'), 'prototype')[0]?.path).toBe(
        '/content/user/__proto__',
      );
      rejects(decode(messageType, '{"content":"hi","\\u005f_proto__":{"polluted":true}}'), 'prototype');
      rejects(decode(messageType, '{"content":"hi","constructor":{"prototype":{"polluted":true}}}'), 'prototype');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting, for known and unknown types, and honours maxDepth', () => {
    const deep = `{"content":"hi","extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    for (const messageType of ['RC:TxtMsg', 'App:Custom']) {
      expect(rejects(decode(messageType, deep), 'tooDeep')[0]?.path.startsWith('/content/extra')).toBe(true);
    }
    const three = '{"content":"hi","user":{"extra":{"x":{}}}}';
    expect(decode('RC:TxtMsg', three, { maxDepth: 3 }).ok).toBe(false);
    expect(decode('App:Custom', three, { maxDepth: 4 }).ok).toBe(true);
  });

  it('refuses huge contents before parsing them, and honours maxBytes', () => {
    const huge = JSON.stringify({ content: 'x'.repeat(2 * 1024 * 1024) });
    for (const messageType of ['RC:TxtMsg', 'App:Custom']) {
      expect(rejects(decode(messageType, huge), 'tooLarge')[0]).toMatchObject({
        path: '/content',
        message: expect.stringMatching(/^\/content is larger than 1048576 bytes/),
      });
    }
    expect(decode('RC:TxtMsg', '{"content":"ünïcödé"}', { maxBytes: 16 }).ok).toBe(false);
    expect(decode('RC:TxtMsg', '{"content":"hi"}', { maxBytes: 16 }).ok).toBe(true);
  });

  it('answers the message record itself being wrong without throwing', () => {
    const call = (message: unknown) => decodeNexconnMessageContent(message as never);
    for (const message of [undefined, null, 0, 'RC:TxtMsg', [], true]) {
      expect(call(message)).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'type' }] });
    }
    expect(call({ content: '{}' })).toMatchObject({ ok: false, errors: [{ path: '/messageType', keyword: 'required' }] });
    expect(call({ messageType: 7, content: '{}' })).toMatchObject({ ok: false, errors: [{ path: '/messageType', keyword: 'type' }] });
    expect(call({ messageType: 'RC:TxtMsg' })).toMatchObject({
      ok: false,
      messageType: 'RC:TxtMsg',
      errors: [{ path: '/content', keyword: 'required' }],
    });
    expect(call({ messageType: 'RC:TxtMsg', content: { content: 'hi' } })).toMatchObject({
      ok: false,
      errors: [{ path: '/content', keyword: 'type' }],
    });
    expect(call(Object.create({ messageType: 'RC:TxtMsg', content: '{"content":"hi"}' }))).toMatchObject({
      ok: false,
      errors: [{ keyword: 'required' }],
    });
  });

  it('answers a record whose getters or proxy traps throw without throwing', () => {
    const throwing = Object.defineProperty({ content: '{}' }, 'messageType', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(decodeNexconnMessageContent(throwing as never)).toMatchObject({ ok: false, errors: [{ keyword: 'type' }] });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(decodeNexconnMessageContent(proxy as never)).toMatchObject({ ok: false });
  });

  it('throws a TypeError on an invalid option, as parseWebhook does', () => {
    expect(() => decode('RC:TxtMsg', '{}', { maxBytes: Number.NaN })).toThrow(TypeError);
    expect(() => decode('RC:TxtMsg', '{}', { maxDepth: 0 })).toThrow(/options\.maxDepth/);
    expect(() => decode('RC:TxtMsg', '{}', { maxErrors: -1 })).toThrow(TypeError);
  });
});

describe('decodeNexconnMessageContent: property-based', () => {
  const messageTypes = fc.oneof(fc.constantFrom(...nexconnMessageContentTypes), fc.string());

  it('never throws on arbitrary strings, and answers a well-formed result', () => {
    fc.assert(
      fc.property(messageTypes, fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (messageType, content) => {
        const result = decode(messageType, content);
        if (result.ok) expect(result.messageType).toBe(messageType);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on arbitrary JSON values as the message record', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (message) => {
        expect(typeof decodeNexconnMessageContent(message as never).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('a known type decodes only to a JSON object, and what it decodes re-encodes to the same value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...nexconnMessageContentTypes), fc.json(), (messageType, content) => {
        const result = decode(messageType, content);
        if (!result.ok) return;
        expect(result.known).toBe(true);
        expect(typeof result.content === 'object' && result.content !== null && !Array.isArray(result.content)).toBe(true);
        expect(result.content).toEqual(JSON.parse(content));
      }),
      { numRuns: 3000 },
    );
  });

  it('the documented samples stay valid with extra fields of any JSON value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...nexconnMessageContentTypes),
        fc.string({ minLength: 1 }),
        fc.jsonValue(),
        (messageType, key, extra) => {
          fc.pre(!Object.hasOwn(samples[messageType], key));
          const content = JSON.stringify({ ...samples[messageType], [key]: extra });
          // Prototype-polluting keys are refused by design (tested above), whatever the type.
          fc.pre(!content.includes('"__proto__"') && !content.includes('"prototype"'));
          expect(decode(messageType, content).ok).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
