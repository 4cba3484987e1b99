import { mock, sequence } from '@chat-webhooks/mocks';
import type { EventName, Vendor } from '@chat-webhooks/schemas';
import { payloadsOf } from '../input/payloads.js';
import type { Io } from '../io.js';
import { UsageError } from '../usage-error.js';
import { vendorBody } from './body.js';

/** A body to send, with where it came from for the output (`line 3` of a file, or nothing for mocks). */
export interface SourceBody {
  body: Uint8Array;
  origin?: string;
}

/** One mock of `event` with `seed`, in the vendor's bytes. */
export function* mockSource(vendor: Vendor, event: EventName<Vendor>, seed: number): Generator<SourceBody> {
  yield { body: vendorBody(vendor, mock(vendor, event as never, undefined, { seed })) };
}

/** A channel's life (@chat-webhooks/mocks `sequence`), in order, in the vendor's bytes. */
export function* sequenceSource(vendor: Vendor, seed: number, messages: number): Generator<SourceBody> {
  for (const payload of sequence(vendor, { seed, messages })) yield { body: vendorBody(vendor, payload) };
}

/**
 * Captured deliveries, one per line: `chat-webhooks capture` records (their raw body, byte for byte; the
 * recorded signature is redacted, so each is signed again) or bare JSON payloads, sent as the line's bytes.
 * Read whole before anything is sent, at most `max` of them: a larger file is a usage error, not a silent cut
 * after some were sent.
 */
export async function fileSource(io: Io, vendor: Vendor, file: string, max: number, command: string): Promise<SourceBody[]> {
  let input: Awaited<ReturnType<Io['open']>>;
  try {
    input = await io.open(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  const bodies: SourceBody[] = [];
  for await (const payload of payloadsOf(file, input)) {
    const origin = payload.line === undefined ? file : `${file}:${payload.line}`;
    if (payload.tooLong !== undefined)
      throw new UsageError(`${origin} is ${payload.tooLong} bytes long: no delivery is that large`, command);
    if (payload.vendor !== undefined && payload.vendor !== vendor)
      throw new UsageError(`${origin} was captured from ${payload.vendor}, not ${vendor}`, command);
    const body = typeof payload.body === 'string' ? new TextEncoder().encode(payload.body) : payload.body;
    if (body.byteLength === 0) continue;
    if (bodies.length === max)
      throw new UsageError(`${file} holds more than ${max} deliveries; raise --max-deliveries or split the file`, command);
    bodies.push({ body, origin });
  }
  if (bodies.length === 0) throw new UsageError(`${file} holds no deliveries`, command);
  return bodies;
}
