import type { Input } from '../io.js';
import { looksLikeCaptureRecord, recordedBody } from '../capture-record.js';
import { readLines } from './lines.js';

/** One payload to validate: a whole file, a line of JSON Lines, or the body a capture record carries. */
export interface Payload {
  file: string;
  /** 1-based line for JSON Lines files; absent for a one-payload file. */
  line?: number;
  /** The body as parseWebhook takes it: bytes when they are not valid UTF-8, so that it reports them exactly. */
  body: string | Uint8Array;
  /** The vendor a capture record names. */
  vendor?: string;
  /** When a capture record says the body was received (ISO 8601). */
  receivedAt?: string;
  /** Set when the line is longer than any body could be: its length in bytes (it was not read into memory). */
  tooLong?: number;
  /** The line was a capture record. */
  captured?: boolean;
}

/**
 * A line this long cannot be a delivery (receivers stop at 1 MiB by default; a capture record escapes its body,
 * up to six bytes per byte): it is reported, never buffered.
 */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** A file that is not JSON Lines is one payload, read whole: past this size that is a runtime error. */
export const MAX_DOCUMENT_BYTES = MAX_LINE_BYTES;

// Fatal, like parseWebhook's own decoding: invalid UTF-8 is reported, never replaced by U+FFFD. ignoreBOM keeps
// a byte order mark inside the text, where parseWebhook reports it (only the file's leading one is dropped).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decode(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The payloads of one input, streamed. The first non-empty line decides the shape: when it is a JSON document by
 * itself the input is JSON Lines (every non-empty line a payload, read one at a time), otherwise it is one
 * payload (a pretty-printed file starts with a lone "{"), read whole up to MAX_DOCUMENT_BYTES.
 */
export async function* payloadsOf(file: string, input: Input, onChunk?: (bytes: number) => void): AsyncGenerator<Payload> {
  let mode: 'lines' | 'document' | undefined;
  const document: Uint8Array[] = [];
  let documentBytes = 0;
  for await (const line of readLines(input.chunks, { maxLineBytes: MAX_LINE_BYTES, ...(onChunk ? { onChunk } : {}) })) {
    if (mode === 'document') {
      documentBytes += (line.tooLong ?? line.bytes.byteLength) + 1;
      if (documentBytes > MAX_DOCUMENT_BYTES) throw tooLargeDocument(file);
      document.push(line.bytes.slice());
      continue;
    }
    if (line.tooLong !== undefined) {
      if (mode === undefined) throw tooLargeDocument(file);
      yield { file, line: line.number, body: '', tooLong: line.tooLong };
      continue;
    }
    const text = decode(line.bytes);
    if (text !== undefined && text.trim() === '') {
      if (mode === undefined) document.push(line.bytes.slice());
      continue;
    }
    if (mode === undefined) {
      mode = text !== undefined && parses(text) ? 'lines' : 'document';
      if (mode === 'document') {
        documentBytes = document.reduce((sum, part) => sum + part.byteLength + 1, 0) + line.bytes.byteLength + 1;
        document.push(line.bytes.slice());
        continue;
      }
      document.length = 0;
    }
    yield { file, line: line.number, ...lineBody(line.bytes, text) };
  }
  if (mode === 'document') yield { file, body: joinLines(document) };
  else if (mode === undefined) yield { file, body: '' }; // empty input: parseWebhook says "the body is empty"
}

/** What a line holds: a payload, or a capture record's body (validated as the body it recorded). */
function lineBody(bytes: Uint8Array, text: string | undefined): Pick<Payload, 'body' | 'vendor' | 'receivedAt' | 'captured'> {
  if (text === undefined) return { body: bytes.slice() };
  if (looksLikeCaptureRecord(text)) {
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      return { body: text };
    }
    const recorded = recordedBody(record);
    if (recorded) return { ...recorded, captured: true };
  }
  return { body: text };
}

function joinLines(lines: Uint8Array[]): Uint8Array {
  const size = lines.reduce((sum, line) => sum + line.byteLength + 1, 0);
  const joined = new Uint8Array(Math.max(0, size - 1));
  let offset = 0;
  for (const line of lines) {
    joined.set(line, offset);
    offset += line.byteLength;
    if (offset < joined.byteLength) joined[offset++] = 0x0a;
  }
  return joined;
}

function tooLargeDocument(file: string): Error {
  return new Error(
    `${file} is not JSON Lines and is larger than ${MAX_DOCUMENT_BYTES} bytes: too large for one payload (write one payload per line to validate captures of any size)`,
  );
}
