import { describeValue } from './describe-value.js';
import { DEFAULT_MAX_ERRORS, checkOptions } from './options.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, parseJsonBody } from './parse-json-body.js';
import { appendPointer } from './json-pointer.js';
import type { ValidationError } from './types.js';

// Nexconn's `message:send` record (and the pre-messaging and moderation records) carry the message body as a
// JSON-encoded string in `content`, whose shape depends on `messageType` (the "object name", `RC:TxtMsg` ...).
// This module decodes that string into a typed object, with the never-throw result shape of parseWebhook.
//
// Sources of the content shapes below:
// - https://docs.nexconn.ai/platform-chat-api/message-about/objectname (user content messages: the text
//   message's field table; the page lists text, image, GIF, voice, file, short video, location, quote and
//   combined-forward messages, but only the text section was legible in the material we had),
// - https://docs.nexconn.ai/platform-chat-api/message-about/objectname-notification (RC:InfoNtf, RC:RcNtf),
// - https://docs.nexconn.ai/platform-chat-api/message-about/objectname-callback (RC:CmdMsg, RC:RcCmd, RC:ReadNtf),
// - for the media, location and short-video messages, whose field tables we could not read on the Nexconn
//   pages: the message classes of the server SDK of RongCloud, of which Nexconn is the new name
//   (github.com/rongcloud/server-sdk-java, src/main/java/io/rong/messages/*.java), and for the quote message
//   RongCloud's client SDK class RCReferenceMessage. Those fields are all optional here: the sources say what
//   a field is, not whether every sender fills it in.

/** A JSON value decoded from a content string: objects and arrays as JSON.parse builds them. */
type JsonObject = Record<string, unknown>;

/** Sender details a client may embed in a message; Nexconn recommends it for live-streaming apps only. */
export interface NexconnEmbeddedUser {
  /** The sender's user ID. */
  id?: string;
  /** The sender's display name. */
  name?: string;
  /** URL of the sender's avatar. */
  portrait?: string;
  /** Free-form data the app attached to the user. */
  extra?: string;
}

/** Who a group message mentions (@). */
export interface NexconnMentionedInfo {
  /** 1: everyone in the channel; 2: the users in `userIdList`. Other values are passed through as they are. */
  type: number;
  /** IDs of the mentioned users, when `type` is 2. */
  userIdList?: string[];
  /** Push text for the mentioned users; it takes precedence over every other push text. */
  mentionedContent?: string;
}

/** `RC:TxtMsg`: a text message. */
export interface NexconnTextContent {
  /** The text, emoji included. */
  content: string;
  /** Mentions, in group channels. */
  mentionedInfo?: NexconnMentionedInfo;
  /** Sender details embedded by the client. */
  user?: NexconnEmbeddedUser;
  /** Free-form data the app attached to the message. */
  extra?: string;
}

/** `RC:ImgMsg`: an image message. */
export interface NexconnImageContent {
  /** A small JPEG preview of the image, Base64-encoded without a `data:` prefix (may be empty). */
  content?: string;
  /** URL of the full image. */
  imageUri?: string;
  /** Sender details embedded by the client. */
  user?: NexconnEmbeddedUser;
  /** Free-form data the app attached to the message. */
  extra?: string;
}

/** `RC:GIFMsg`: an animated GIF message. */
export interface NexconnGifContent {
  /** URL of the GIF on the server. */
  remoteUrl?: string;
  /** Path of the file on the sending device; meaningless elsewhere. */
  localPath?: string;
  /** Size of the GIF file, in bytes. */
  gifDataSize?: number;
  /** Width of the GIF, in pixels. */
  width?: number;
  /** Height of the GIF, in pixels. */
  height?: number;
  /** Sender details embedded by the client. */
  user?: NexconnEmbeddedUser;
  /** Free-form data the app attached to the message. */
  extra?: string;
}

/** `RC:VcMsg`: the older voice message, whose recording travels inside the content. */
export interface NexconnVoiceContent {
  /** The recording itself: AMR audio, Base64-encoded. */
  content?: string;
  /** Length of the recording, in seconds. */
  duration?: number;
  /** Sender details embedded by the client. */
  user?: NexconnEmbeddedUser;
  /** Free-form data the app attached to the message. */
  extra?: string;
}

/** `RC:HQVCMsg`: the high-quality voice message, whose recording (AAC) is uploaded and linked. */
export interface NexconnHqVoiceContent {
  /** URL of the uploaded recording. */
  remoteUrl?: string;
  /** Path of the recording on the sending device; meaningless elsewhere. */
  localPath?: string;
  /** Length of the recording, in seconds. */
  duration?: number;
  /** Sender details embedded by the client. */
  user?: NexconnEmbeddedUser;
  /** Free-form data the app attached to the message. */
  extra?: string;
}

/** `RC:FileMsg`: a file attachment. */
export interface NexconnFileContent {
  /** File name, as shown to users. */
  name?: string;
  /** File size, in bytes. */
  size?: number;
  /** URL the file can be downloaded from. */
  fileUrl?: string;
  /** Free-form data the app attached to the message. */
  extra?: string;
}

/** `RC:SightMsg`: a short video. */
export interface NexconnShortVideoContent {
  /** A JPEG of the video's first frame, Base64-encoded without a `data:` prefix. */
  content?: string;
  /** URL of the video. */
  sightUrl?: string;
  /** Length of the video, in seconds. */
  duration?: number;
  /** Size of the video file, in bytes. */
  size?: number;
  /** File name of the video. */
  name?: string;
  /** Free-form data the app attached to the message. */
  extra?: string;
}

/** `RC:LBSMsg`: a shared location. */
export interface NexconnLocationContent {
  /** A map preview of the place: JPEG, Base64-encoded without a `data:` prefix. */
  content?: string;
  /** Latitude, in degrees. */
  latitude?: number;
  /** Longitude, in degrees. */
  longitude?: number;
  /** Name or address of the place. */
  poi?: string;
  /** Sender details embedded by the client. */
  user?: NexconnEmbeddedUser;
  /** Free-form data the app attached to the message. */
  extra?: string;
}

/** `RC:ReferenceMsg`: a reply that quotes an earlier message. */
export interface NexconnReferenceContent {
  /** The reply's own text. */
  content?: string;
  /** User ID of whoever sent the quoted message. */
  referMsgUserId?: string;
  /** Body of the quoted message, shaped by its own type (`objName`); not checked further here. */
  referMsg?: JsonObject;
  /** Message type of the quoted message, such as `RC:TxtMsg`. */
  objName?: string;
  /** Server-side ID of the quoted message. */
  referMsgUid?: string;
  /** Free-form data the app attached to the message. */
  extra?: string;
}

/** `RC:InfoNtf`: a grey informational line shown in the conversation. */
export interface NexconnInfoNotificationContent {
  /** The text shown. */
  message: string;
  /** Free-form data the app attached to the message. */
  extra?: string;
}

/** `RC:RcNtf`: the notice that replaces a message once it has been recalled (unsent). */
export interface NexconnRecallNotificationContent {
  /** User ID of whoever recalled the message. */
  operatorId?: string;
  /** When the recalled message had been sent, in Unix milliseconds. */
  recallTime: number;
  /** Message type of the recalled message. */
  originalObjectName: string;
  /** Body of the recalled message; not checked further here. */
  originalMessageContent?: JsonObject;
  /** Text of the recalled message, when it was a text message. */
  recallContent?: string;
  /** When the recall command was sent, in Unix milliseconds. */
  recallActionTime?: number;
  /** Whether an administrator recalled the message. */
  admin: boolean;
  /** True: mobile clients delete the message and show no notice; false: they show this notice in its place. */
  delete: boolean;
  /** Sender details embedded by the client. */
  user?: NexconnEmbeddedUser;
  /** Free-form data the app attached to the message. */
  extra?: string;
}

/** `RC:CmdMsg`: a command for the apps, neither stored nor shown. */
export interface NexconnCommandContent {
  /** Command name, chosen by the app. */
  name: string;
  /** Command payload, in whatever format the app chose (often JSON in a string). */
  data: string;
}

/**
 * `RC:RcCmd`: the command a client sends to recall a message. The Nexconn docs spell its fields with capitals
 * (`MessageUId`, `ConversationType`) and give `isAdmin`/`isDelete` as booleans, while the server SDK sends
 * `messageUId`, `conversationType` and 0/1: both spellings and both forms are accepted.
 */
export interface NexconnRecallCommandContent {
  /** Server-side ID of the recalled message (the docs' spelling). */
  MessageUId?: string;
  /** Server-side ID of the recalled message (the server SDK's spelling). */
  messageUId?: string;
  /** The channel the message was in. */
  TargetId?: string;
  /** The community subchannel the message was in. */
  ChannelId?: string;
  /** When the recalled message had been sent (a string, per the docs). */
  SentTime?: string;
  /** Channel type of the conversation, as a string (the docs' spelling). */
  ConversationType?: string;
  /** Channel type of the conversation, as a string (the server SDK's spelling). */
  conversationType?: string;
  /** Whether an administrator recalls the message: a boolean, or 0/1 from the server SDK. */
  isAdmin?: boolean | number;
  /** Whether mobile clients delete the original instead of showing a notice: a boolean, or 0/1. */
  isDelete?: boolean | number;
}

/** `RC:ReadNtf`: a read receipt in a direct channel. */
export interface NexconnReadReceiptContent {
  /** Send time of the last message read. */
  lastMessageSendTime: number;
  /** Server-side ID of the last message read; web clients send it, mobile clients do not. */
  messageUId?: string;
  /** Channel type; only direct channels (1) have these receipts. */
  type: number;
}

/** The content shape of each message type this package knows, by message type. */
export interface NexconnMessageContentMap {
  'RC:TxtMsg': NexconnTextContent;
  'RC:ImgMsg': NexconnImageContent;
  'RC:GIFMsg': NexconnGifContent;
  'RC:VcMsg': NexconnVoiceContent;
  'RC:HQVCMsg': NexconnHqVoiceContent;
  'RC:FileMsg': NexconnFileContent;
  'RC:SightMsg': NexconnShortVideoContent;
  'RC:LBSMsg': NexconnLocationContent;
  'RC:ReferenceMsg': NexconnReferenceContent;
  'RC:InfoNtf': NexconnInfoNotificationContent;
  'RC:RcNtf': NexconnRecallNotificationContent;
  'RC:CmdMsg': NexconnCommandContent;
  'RC:RcCmd': NexconnRecallCommandContent;
  'RC:ReadNtf': NexconnReadReceiptContent;
}

export type NexconnKnownMessageType = keyof NexconnMessageContentMap;

/** A decoded content of a known type: check `known`, then `messageType` narrows `content`. */
export type NexconnKnownContentResult = {
  [T in NexconnKnownMessageType]: { ok: true; known: true; messageType: T; content: NexconnMessageContentMap[T] };
}[NexconnKnownMessageType];

/**
 * The content of a message type this package does not know (custom message types, or built-in ones it does
 * not model): the parsed JSON when the content is JSON (`json: true`), the string itself otherwise, since a
 * custom message type may carry a body that is not JSON. JSON that nests too deeply or holds prototype-polluting
 * keys is still refused (ok: false).
 */
export interface NexconnUnknownContentResult {
  ok: true;
  known: false;
  messageType: string;
  json: boolean;
  content: unknown;
}

export interface NexconnContentErrorResult {
  ok: false;
  /** The message type, when the message has one (a string). */
  messageType?: string;
  /**
   * At most `maxErrors` (default 20) reasons. Paths are JSON pointers into the message record, reading `content`
   * as the object it encodes: `/content/imageUri`, or `/content` for the string itself.
   */
  errors: ValidationError[];
  /** True when there were more errors than `errors` carries; absent otherwise. */
  truncated?: boolean;
}

export type NexconnContentResult = NexconnKnownContentResult | NexconnUnknownContentResult | NexconnContentErrorResult;

/** What decodeNexconnMessageContent reads: a `message:send` record, a pre-messaging record, or any object with the two fields. */
export interface NexconnMessageLike {
  readonly messageType?: string | undefined;
  readonly content?: string | undefined;
}

export interface DecodeContentOptions {
  /** Content strings longer than this many UTF-8 bytes are refused with keyword `tooLarge`. Default 1 MiB. */
  maxBytes?: number;
  /** Content nested deeper than this is refused with keyword `tooDeep`. Default 64. */
  maxDepth?: number;
  /** A failed result carries at most this many errors (or Infinity). Default 20. */
  maxErrors?: number;
}

// ---------------------------------------------------------------------------------------------------------
// The shapes, as data: one walk checks them all.

type Kind = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'stringArray' | 'flag';

interface Field {
  kind: Kind;
  required?: true;
  /** For kind 'object': the fields checked inside (others pass through). */
  fields?: Readonly<Record<string, Field>>;
}

type Shape = Readonly<Record<string, Field>>;

const STRING: Field = { kind: 'string' };
const REQUIRED_STRING: Field = { kind: 'string', required: true };
const INTEGER: Field = { kind: 'integer' };
const REQUIRED_INTEGER: Field = { kind: 'integer', required: true };
const NUMBER: Field = { kind: 'number' };
const OBJECT: Field = { kind: 'object' };
const USER: Field = { kind: 'object', fields: { id: STRING, name: STRING, portrait: STRING, extra: STRING } };
const MENTIONED_INFO: Field = {
  kind: 'object',
  fields: { type: REQUIRED_INTEGER, userIdList: { kind: 'stringArray' }, mentionedContent: STRING },
};

const SHAPES: { readonly [T in NexconnKnownMessageType]: Shape } = {
  'RC:TxtMsg': { content: REQUIRED_STRING, mentionedInfo: MENTIONED_INFO, user: USER, extra: STRING },
  'RC:ImgMsg': { content: STRING, imageUri: STRING, user: USER, extra: STRING },
  'RC:GIFMsg': { remoteUrl: STRING, localPath: STRING, gifDataSize: INTEGER, width: INTEGER, height: INTEGER, user: USER, extra: STRING },
  'RC:VcMsg': { content: STRING, duration: NUMBER, user: USER, extra: STRING },
  'RC:HQVCMsg': { remoteUrl: STRING, localPath: STRING, duration: NUMBER, user: USER, extra: STRING },
  'RC:FileMsg': { name: STRING, size: INTEGER, fileUrl: STRING, extra: STRING },
  'RC:SightMsg': { content: STRING, sightUrl: STRING, duration: NUMBER, size: INTEGER, name: STRING, extra: STRING },
  'RC:LBSMsg': { content: STRING, latitude: NUMBER, longitude: NUMBER, poi: STRING, user: USER, extra: STRING },
  'RC:ReferenceMsg': { content: STRING, referMsgUserId: STRING, referMsg: OBJECT, objName: STRING, referMsgUid: STRING, extra: STRING },
  'RC:InfoNtf': { message: REQUIRED_STRING, extra: STRING },
  'RC:RcNtf': {
    operatorId: STRING,
    recallTime: REQUIRED_INTEGER,
    originalObjectName: REQUIRED_STRING,
    originalMessageContent: OBJECT,
    recallContent: STRING,
    recallActionTime: INTEGER,
    admin: { kind: 'boolean', required: true },
    delete: { kind: 'boolean', required: true },
    user: USER,
    extra: STRING,
  },
  'RC:CmdMsg': { name: REQUIRED_STRING, data: REQUIRED_STRING },
  'RC:RcCmd': {
    MessageUId: STRING,
    messageUId: STRING,
    TargetId: STRING,
    ChannelId: STRING,
    SentTime: STRING,
    ConversationType: STRING,
    conversationType: STRING,
    isAdmin: { kind: 'flag' },
    isDelete: { kind: 'flag' },
  },
  'RC:ReadNtf': { lastMessageSendTime: REQUIRED_INTEGER, messageUId: STRING, type: REQUIRED_INTEGER },
};

/**
 * The message types whose content decodeNexconnMessageContent checks and types. Literals, not computed from the
 * shapes at import, so that a bundle that does not use the decoder leaves all of this out.
 */
export const nexconnMessageContentTypes: readonly NexconnKnownMessageType[] = [
  'RC:TxtMsg',
  'RC:ImgMsg',
  'RC:GIFMsg',
  'RC:VcMsg',
  'RC:HQVCMsg',
  'RC:FileMsg',
  'RC:SightMsg',
  'RC:LBSMsg',
  'RC:ReferenceMsg',
  'RC:InfoNtf',
  'RC:RcNtf',
  'RC:CmdMsg',
  'RC:RcCmd',
  'RC:ReadNtf',
];

/** The shape of a known message type; own properties only, since message types are keys from the wire. */
function shapeOf(messageType: string): Shape | undefined {
  return Object.hasOwn(SHAPES, messageType) ? SHAPES[messageType as NexconnKnownMessageType] : undefined;
}

const EXPECTED: Record<Kind, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  stringArray: 'an array of strings',
  flag: 'a boolean or 0/1',
};

// ---------------------------------------------------------------------------------------------------------

/**
 * Decodes the `content` string of a Nexconn message (a `message:send` record, a pre-messaging record, the
 * `message` of a moderation event) into an object typed by its `messageType`. Never throws on the message:
 *
 * - a known type (see `nexconnMessageContentTypes`) whose content is a JSON object with the documented field
 *   types: `{ ok: true, known: true, messageType, content }`; fields the package does not know are kept;
 * - any other type: `{ ok: true, known: false, messageType, json, content }`, `content` being the parsed JSON,
 *   or the string itself when it is not JSON (custom message types may carry any text);
 * - otherwise `{ ok: false, messageType?, errors }`: keyword `json` (a known type whose content is not JSON),
 *   `type` / `required` (a field of the wrong type, or missing where the docs require it), `tooLarge`,
 *   `tooDeep`, `prototype` (refused for known and unknown types alike), or `type` / `required` on the record
 *   itself (no string `messageType` or `content`).
 *
 * Throws a TypeError when an option (`maxBytes`, `maxDepth`, `maxErrors`) is not a positive integer, as
 * parseWebhook does.
 */
export function decodeNexconnMessageContent(message: NexconnMessageLike, options?: DecodeContentOptions): NexconnContentResult {
  checkOptions(options);
  const maxErrors = options?.maxErrors ?? DEFAULT_MAX_ERRORS;
  let messageType: unknown;
  let text: unknown;
  try {
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      return failure(undefined, [
        {
          path: '',
          keyword: 'type',
          message: `the message must be an object with "messageType" and "content", got ${describeValue(message)}`,
        },
      ]);
    }
    // Own properties only: a record from JSON.parse has them all, and an inherited one is nobody's content.
    messageType = Object.hasOwn(message, 'messageType') ? message.messageType : undefined;
    text = Object.hasOwn(message, 'content') ? message.content : undefined;
  } catch {
    return failure(undefined, [{ path: '', keyword: 'type', message: 'the message could not be read (a getter or proxy threw)' }]);
  }
  if (typeof messageType !== 'string') {
    return failure(undefined, [
      messageType === undefined
        ? { path: '/messageType', keyword: 'required', message: 'the message is missing the required property "messageType"' }
        : { path: '/messageType', keyword: 'type', message: `/messageType must be a string, got ${describeValue(messageType)}` },
    ]);
  }
  if (typeof text !== 'string') {
    return failure(messageType, [
      text === undefined
        ? { path: '/content', keyword: 'required', message: 'the message is missing the required property "content"' }
        : {
            path: '/content',
            keyword: 'type',
            message: `/content must be a string (the JSON-encoded message body), got ${describeValue(text)}`,
          },
    ]);
  }

  const shape = shapeOf(messageType);
  const parsed = parseJsonBody(text, {
    maxBytes: options?.maxBytes ?? DEFAULT_MAX_BYTES,
    maxDepth: options?.maxDepth ?? DEFAULT_MAX_DEPTH,
  });
  if (!parsed.ok) {
    const { keyword } = parsed.error;
    // Not JSON at all is a custom message type's right; too large, too deep or polluting is nobody's.
    if (shape === undefined && keyword === 'json') return { ok: true, known: false, messageType, json: false, content: text };
    return failure(messageType, [contentError(parsed.error, messageType, shape !== undefined)]);
  }
  if (shape === undefined) return { ok: true, known: false, messageType, json: true, content: parsed.value };

  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure(messageType, [
      { path: '/content', keyword: 'type', message: `/content must encode a JSON object for ${messageType}, got ${describeValue(value)}` },
    ]);
  }
  const errors: ValidationError[] = [];
  const complete = checkShape(value as JsonObject, shape, '/content', errors, maxErrors);
  if (errors.length > 0) return failure(messageType, errors, !complete);
  return { ok: true, known: true, messageType, content: value } as NexconnKnownContentResult;
}

function failure(messageType: string | undefined, errors: ValidationError[], truncated = false): NexconnContentErrorResult {
  return { ok: false, ...(messageType === undefined ? {} : { messageType }), errors, ...(truncated ? { truncated: true } : {}) };
}

/** Rewords a refusal of parseJsonBody (worded for a request body) for a content string, under `/content`. */
function contentError(error: ValidationError, messageType: string, known: boolean): ValidationError {
  switch (error.keyword) {
    case 'tooLarge':
      return { path: '/content', keyword: 'tooLarge', message: error.message.replace(/^the body/, '/content') };
    case 'json': {
      const detail = error.message.replace(/^the body /, '');
      return {
        path: '/content',
        keyword: 'json',
        message: `/content must be JSON for ${known ? 'the known message type ' : ''}${messageType}, but ${detail}`,
      };
    }
    case 'tooDeep':
    case 'prototype': {
      const path = `/content${error.path}`;
      const message =
        error.keyword === 'tooDeep'
          ? `${path} is nested deeper than the limit (maxDepth)`
          : `${path} is a key that can pollute object prototypes; such contents are refused`;
      return { path, keyword: error.keyword, message };
    }
    default:
      return { path: '/content', keyword: error.keyword, message: error.message };
  }
}

/**
 * Checks the fields of `shape` present in `object` (or required by it), appending errors; false when it stopped
 * at `maxErrors` with more to report. Unknown fields are not looked at: vendors add fields without notice.
 */
function checkShape(object: JsonObject, shape: Shape, path: string, errors: ValidationError[], maxErrors: number): boolean {
  for (const name in shape) {
    const field = shape[name]!;
    const at = appendPointer(path, name);
    if (!Object.hasOwn(object, name)) {
      if (field.required) {
        if (errors.length >= maxErrors) return false;
        errors.push({ path: at, keyword: 'required', message: `${path} is missing the required property "${name}"` });
      }
      continue;
    }
    if (!checkField(object[name], field, at, errors, maxErrors)) return false;
  }
  return true;
}

function checkField(value: unknown, field: Field, path: string, errors: ValidationError[], maxErrors: number): boolean {
  const wrongType = (): boolean => {
    if (errors.length >= maxErrors) return false;
    errors.push({ path, keyword: 'type', message: `${path} must be ${EXPECTED[field.kind]}, got ${describeValue(value)}` });
    return true;
  };
  switch (field.kind) {
    case 'string':
      return typeof value === 'string' || wrongType();
    case 'integer':
      return Number.isInteger(value) || wrongType();
    case 'number':
      return (typeof value === 'number' && Number.isFinite(value)) || wrongType();
    case 'boolean':
      return typeof value === 'boolean' || wrongType();
    case 'flag':
      return typeof value === 'boolean' || value === 0 || value === 1 || wrongType();
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType();
      return field.fields === undefined || checkShape(value as JsonObject, field.fields, path, errors, maxErrors);
    case 'stringArray': {
      if (!Array.isArray(value)) return wrongType();
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (typeof item === 'string') continue;
        if (errors.length >= maxErrors) return false;
        errors.push({
          path: appendPointer(path, index),
          keyword: 'type',
          message: `${appendPointer(path, index)} must be a string, got ${describeValue(item)}`,
        });
      }
      return true;
    }
  }
}
