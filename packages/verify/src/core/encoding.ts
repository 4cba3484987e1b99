/**
 * Hex and standard base64, written out here rather than taken from `Buffer` or `atob`: the Node and the Web
 * twin must encode and decode identically, and `Buffer`/`atob` both accept malformed input (`Buffer.from('zz', 'hex')`
 * is empty, `atob` ignores missing padding), which would blur "malformed" into "mismatch".
 *
 * Decoding is not constant-time. It only looks at the signature the request carries, which the sender already
 * knows; the secret-dependent value (the MAC we compute) is never decoded, only compared (constant-time.ts).
 */

export type SignatureEncoding = 'hex' | 'base64';

const HEX_DIGITS = '0123456789abcdef';
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Character code -> value, -1 for characters outside the alphabet. Built on first use (sideEffects: false).
let hexValues: Int8Array | undefined;
let base64Values: Int8Array | undefined;

function table(alphabet: string, caseInsensitive: boolean): Int8Array {
  const values = new Int8Array(128).fill(-1);
  for (let index = 0; index < alphabet.length; index++) {
    values[alphabet.charCodeAt(index)] = index;
    if (caseInsensitive) values[alphabet.toUpperCase().charCodeAt(index)] = index;
  }
  return values;
}

/** The value of one character in a table, -1 when it is not in the alphabet (including every non-ASCII character). */
function digitValue(values: Int8Array, code: number): number {
  return code < 128 ? values[code]! : -1;
}

/** Lower-case hex, as Sendbird sends it. */
export function encodeHex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += HEX_DIGITS[byte >> 4]! + HEX_DIGITS[byte & 15]!;
  return text;
}

/**
 * Exactly `byteLength` bytes of hex, or undefined. Either case is accepted: the bytes are what is compared, and an
 * upper-cased header (a proxy, a test tool) still carries the same MAC.
 */
export function decodeHex(text: string, byteLength: number): Uint8Array | undefined {
  if (text.length !== byteLength * 2) return undefined;
  const values = (hexValues ??= table(HEX_DIGITS, true));
  const bytes = new Uint8Array(byteLength);
  for (let index = 0; index < byteLength; index++) {
    const high = digitValue(values, text.charCodeAt(index * 2));
    const low = digitValue(values, text.charCodeAt(index * 2 + 1));
    if (high < 0 || low < 0) return undefined;
    bytes[index] = (high << 4) | low;
  }
  return bytes;
}

/** Standard base64 (RFC 4648 section 4: `+` and `/`) with `=` padding, as TalkPlus sends it. */
export function encodeBase64(bytes: Uint8Array): string {
  let text = '';
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const triple = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    text +=
      BASE64_ALPHABET[triple >> 18]! +
      BASE64_ALPHABET[(triple >> 12) & 63]! +
      BASE64_ALPHABET[(triple >> 6) & 63]! +
      BASE64_ALPHABET[triple & 63]!;
  }
  const rest = bytes.length - index;
  if (rest === 1) {
    const single = bytes[index]!;
    text += `${BASE64_ALPHABET[single >> 2]!}${BASE64_ALPHABET[(single & 3) << 4]!}==`;
  } else if (rest === 2) {
    const pair = (bytes[index]! << 8) | bytes[index + 1]!;
    text += `${BASE64_ALPHABET[pair >> 10]!}${BASE64_ALPHABET[(pair >> 4) & 63]!}${BASE64_ALPHABET[(pair & 15) << 2]!}=`;
  }
  return text;
}

/** The length of the padded base64 of `byteLength` bytes. */
export function base64Length(byteLength: number): number {
  return Math.ceil(byteLength / 3) * 4;
}

/**
 * Exactly `byteLength` bytes of canonical, padded standard base64, or undefined. Refused: base64url (`-`, `_`),
 * missing or extra padding, whitespace, and non-zero bits in the last character's unused low bits (a second
 * spelling of the same bytes that no encoder produces).
 */
export function decodeBase64(text: string, byteLength: number): Uint8Array | undefined {
  if (text.length !== base64Length(byteLength)) return undefined;
  const padding = (3 - (byteLength % 3)) % 3;
  for (let index = text.length - padding; index < text.length; index++) if (text.charCodeAt(index) !== 0x3d /* = */) return undefined;
  const values = (base64Values ??= table(BASE64_ALPHABET, false));
  const significant = text.length - padding;
  const bytes = new Uint8Array(byteLength);
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let index = 0; index < significant; index++) {
    const value = digitValue(values, text.charCodeAt(index));
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (buffer >> bits) & 0xff;
    }
  }
  // What is left over must be zero bits: otherwise the text is a non-canonical spelling.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return written === byteLength ? bytes : undefined;
}

export function encode(encoding: SignatureEncoding, bytes: Uint8Array): string {
  return encoding === 'hex' ? encodeHex(bytes) : encodeBase64(bytes);
}

export function decode(encoding: SignatureEncoding, text: string, byteLength: number): Uint8Array | undefined {
  return encoding === 'hex' ? decodeHex(text, byteLength) : decodeBase64(text, byteLength);
}

/** The length of the text that encodes `byteLength` bytes. */
export function encodedLength(encoding: SignatureEncoding, byteLength: number): number {
  return encoding === 'hex' ? byteLength * 2 : base64Length(byteLength);
}
