import { appendPointer } from './json-pointer.js';
import type { ValidationError } from './types.js';

export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

export type ParsedBody = { ok: true; value: unknown } | { ok: false; error: ValidationError };

/** Why readJsonBody refused a body. A class of our own, so no parsed JSON value can be mistaken for one. */
export class BodyRefusal {
  readonly error: ValidationError;
  constructor(error: ValidationError) {
    this.error = error;
  }
}

// Created on first use: loading the encoders costs a cold start a few milliseconds that most callers never need.
let utf8: InstanceType<typeof TextDecoder> | undefined;
let encoder: InstanceType<typeof TextEncoder> | undefined;

/** parseJsonBody's answer as a result object, for callers that are not on parseWebhook's hot path. */
export function parseJsonBody(body: unknown, limits: { maxBytes: number; maxDepth: number }): ParsedBody {
  const value = readJsonBody(body, limits.maxBytes, limits.maxDepth);
  return value instanceof BodyRefusal ? { ok: false, error: value.error } : { ok: true, value };
}

/**
 * Parses a raw webhook body without ever throwing: size first (before any work), then UTF-8, then JSON,
 * then one pass over the result that refuses deep nesting and prototype-polluting keys. Answers the parsed
 * value, or a BodyRefusal: nothing is allocated around an accepted body, whose parse is measured against
 * JSON.parse alone (bench/validators.ts).
 */
export function readJsonBody(body: unknown, maxBytes: number, maxDepth: number): unknown {
  let text: string;
  if (typeof body === 'string') {
    if (utf8Length(body, maxBytes) > maxBytes) return refuse('tooLarge', `the body is larger than ${maxBytes} bytes`);
    text = body;
  } else if (body instanceof Uint8Array) {
    if (body.byteLength > maxBytes) return refuse('tooLarge', `the body is ${body.byteLength} bytes, more than the limit of ${maxBytes}`);
    try {
      text = (utf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })).decode(body);
    } catch {
      return refuse('encoding', 'the body is not valid UTF-8');
    }
  } else {
    return refuse(
      'body',
      `the body must be the raw request body as a string or bytes (Uint8Array, Buffer), got ${body === null ? 'null' : typeof body}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuseJson(text, error);
  }
  // The quick walk decides; the slow one, which builds paths, runs only to word a refusal.
  if (isShallowAndClean(value, maxDepth)) return value;
  const unsafe = findUnsafeNesting(value, maxDepth);
  return unsafe === undefined ? value : new BodyRefusal(unsafe);
}

function refuse(keyword: string, message: string): BodyRefusal {
  return new BodyRefusal({ path: '', keyword, message });
}

// Diagnosed only on failure, to keep the common path as fast as JSON.parse alone.
function refuseJson(text: string, error: unknown): BodyRefusal {
  if (text.charCodeAt(0) === 0xfeff)
    return refuse('json', 'the body starts with a byte order mark (U+FEFF), which JSON over HTTP must not carry');
  if (text.trim() === '') return refuse('json', 'the body is empty');
  return refuse('json', `the body is not valid JSON: ${(error as Error).message}`);
}

/**
 * True when `value` nests at most `depthLeft` levels and has no key that pollutes prototypes (see
 * findUnsafeNesting). It visits containers only, so its cost follows the payload's structure, as JSON.parse's
 * does, and long strings cost nothing (a scan of the text would read every character again). A recursion
 * deeper than the stack allows answers false and leaves the verdict to findUnsafeNesting.
 */
function isShallowAndClean(value: unknown, depthLeft: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  try {
    return visit(value, depthLeft);
  } catch {
    return false;
  }
}

// Recurses only into containers: a leaf costs a `typeof`, not a call, so the walk stays a small fraction of
// JSON.parse's own time (parseWebhook is measured against JSON.parse alone in bench/validators.ts).
function visit(value: object, depthLeft: number): boolean {
  if (depthLeft <= 0) return false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const child: unknown = value[index];
      if (typeof child === 'object' && child !== null && !visit(child, depthLeft - 1)) return false;
    }
    return true;
  }
  for (const key in value) {
    // Read before the key is compared: V8 then reads the value by the for-in's own index, where comparing
    // first made it a generic keyed read (the walk cost twice as much over payloads of many shapes, measured).
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null) {
      if (key === '__proto__' || (key === 'constructor' && Object.hasOwn(child, 'prototype'))) return false;
      if (!visit(child, depthLeft - 1)) return false;
    } else if (key === '__proto__') return false;
  }
  return true;
}

/** `__proto__`, and `constructor` holding a `prototype`: keys that pollute prototypes when a payload is merged. */
function pollutesPrototypes(key: string, child: unknown): boolean {
  return key === '__proto__' || (key === 'constructor' && isObject(child) && Object.hasOwn(child, 'prototype'));
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** UTF-8 length of `text`, computed exactly only when the cheap bounds cannot decide against `limit`. */
function utf8Length(text: string, limit: number): number {
  // Every UTF-16 unit takes 1 to 3 bytes of UTF-8 (a surrogate pair, 2 units, takes 4).
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  return (encoder ??= new TextEncoder()).encode(text).byteLength;
}

/**
 * Walks the parsed value iteratively (JSON.parse accepts any depth, our consumers' recursion may not) and
 * reports nesting beyond `maxDepth` and keys that pollute prototypes when a payload is merged into an
 * object: `__proto__`, and `constructor` holding a `prototype`. JSON.parse has already decoded escaped
 * forms such as "\u005f_proto__", so comparing keys here catches them too.
 */
function findUnsafeNesting(root: unknown, maxDepth: number): ValidationError | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 1 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maxDepth) return { path, keyword: 'tooDeep', message: `${path || 'the payload'} is nested deeper than ${maxDepth} levels` };
    const keys = Object.keys(value);
    for (const key of keys) {
      const child = (value as Record<string, unknown>)[key];
      const childPath = appendPointer(path, key);
      if (pollutesPrototypes(key, child)) {
        return {
          path: childPath,
          keyword: 'prototype',
          message: `${childPath} is a key that can pollute object prototypes; such payloads are refused`,
        };
      }
      if (isObject(child)) stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}
