/** One line of an input, without its line break (and without a `\r` before it). */
export interface Line {
  /** 1-based. */
  number: number;
  /** The line's bytes; valid only until the next line is asked for (they may share the reader's buffer). */
  bytes: Uint8Array;
  /** Set instead of `bytes` being whole when the line is longer than `maxLineBytes`: its real length. */
  tooLong?: number;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const EMPTY = new Uint8Array(0);

/**
 * Splits a byte stream into lines on the bytes themselves (a multi-byte character never holds 0x0a, so no
 * decoding is needed to find the breaks), holding at most one line of at most `maxLineBytes` plus one chunk:
 * a multi-gigabyte input streams in constant memory, and a line without an end is cut off, never buffered.
 * A UTF-8 byte order mark at the very start of the input is dropped. `onChunk` hears how many bytes were read.
 */
export async function* readLines(
  chunks: AsyncIterable<Uint8Array>,
  { maxLineBytes, onChunk }: { maxLineBytes: number; onChunk?: (bytes: number) => void },
): AsyncGenerator<Line> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let number = 1;
  const take = (tail: Uint8Array): Line => {
    const size = pendingBytes + tail.byteLength;
    let bytes: Uint8Array;
    if (size > maxLineBytes) bytes = EMPTY;
    else if (pending.length === 0) bytes = tail;
    else bytes = concat([...pending, tail], size);
    if (bytes.byteLength > 0 && bytes[bytes.byteLength - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, -1);
    // Checked on the whole first line, so a mark split across the first chunks is dropped too.
    if (number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    const line: Line = size > maxLineBytes ? { number, bytes, tooLong: size } : { number, bytes };
    pending = [];
    pendingBytes = 0;
    number++;
    return line;
  };
  for await (const raw of chunks) {
    // Standard input may hand over strings when an encoding was set on it; everything else gives bytes.
    const chunk = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    onChunk?.(chunk.byteLength);
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      yield take(chunk.subarray(start, end));
      start = end + 1;
    }
    const rest = chunk.subarray(start);
    // Past the limit only the length is counted: the line will be reported, not parsed.
    if (pendingBytes + rest.byteLength <= maxLineBytes) pending.push(rest.slice());
    else pending = [];
    pendingBytes += rest.byteLength;
  }
  if (pendingBytes > 0) yield take(EMPTY);
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const result = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.byteLength;
  }
  return result;
}
