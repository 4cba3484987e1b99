import type { Vendor } from '@chat-webhooks/schemas';
import { parseWebhook } from '@chat-webhooks/validators';
import type { CaptureRecord } from '../capture-record.js';

export type Verdict = CaptureRecord['verdict'];

/**
 * How a body validates, in one word: `valid` (strict), `drift` (valid, but strict refuses it: properties the
 * schemas lack), `invalid`, or `unknown` (an event without a schema); and its event, when it names one.
 * What capture records and drift's report counts.
 */
export function verdictOf(vendor: Vendor, body: string | Uint8Array): { verdict: Verdict; name?: string } {
  const lenient = parseWebhook(vendor, body, { maxErrors: 1 });
  const strict = lenient.ok ? parseWebhook(vendor, body, { strict: true, maxErrors: 1 }) : lenient;
  const verdict = strict.ok ? 'valid' : lenient.ok ? 'drift' : lenient.errors[0]?.keyword === 'unknownEvent' ? 'unknown' : 'invalid';
  return { verdict, ...(lenient.name === undefined ? {} : { name: lenient.name }) };
}
