import { describeValue } from './describe-value.js';
import { decode, encodedLength } from './encoding.js';
import { failure } from './failure.js';
import type { SignatureScheme } from './scheme.js';
import type { VerifyFailure } from './types.js';

const SPELLING = { hex: 'hex digits', base64: 'characters of standard base64 with "=" padding' } as const;

/**
 * The MAC bytes a signature header carries, or why it carries none. The length is checked before anything else,
 * so a huge header costs nothing, and the header's content is never echoed into the message (it is the sender's
 * text, headed for logs).
 */
export function decodeSignature(scheme: SignatureScheme, value: unknown): Uint8Array | VerifyFailure {
  let text = value;
  if (Array.isArray(value)) {
    if (value.length > 1)
      return failure('malformedSignature', `the request carries ${value.length} ${scheme.header} headers; exactly one is expected`);
    text = value[0];
  }
  if (text === undefined || text === null || text === '') {
    return failure(
      'missingSignature',
      `the ${scheme.header} header is missing or empty: the request is not signed, or its headers were not passed on (Node lower-cases header names: read req.headers['${scheme.header}'])`,
    );
  }
  const expected = `${encodedLength(scheme.encoding, scheme.macLength)} ${SPELLING[scheme.encoding]}`;
  if (typeof text !== 'string')
    return failure('malformedSignature', `the ${scheme.header} header must be a string of ${expected}, got ${describeValue(text)}`);
  if (text.length !== encodedLength(scheme.encoding, scheme.macLength)) {
    return failure(
      'malformedSignature',
      `the ${scheme.header} header must be ${expected} (${scheme.name}'s ${scheme.algorithm}), got ${text.length} characters`,
    );
  }
  return (
    decode(scheme.encoding, text, scheme.macLength) ??
    failure(
      'malformedSignature',
      `the ${scheme.header} header must be ${expected} (${scheme.name}'s ${scheme.algorithm}), got other characters`,
    )
  );
}
