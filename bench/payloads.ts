import { eventNames, getExamples, vendors, type Vendor } from '@chat-webhooks/schemas';

/** Where a payload comes from: the summaries are given per set, since the bench's authors tuned for some only. */
export type PayloadSet = 'documented' | 'synthetic' | 'captured' | 'mock';

export interface BenchPayload {
  label: string;
  set: PayloadSet;
  vendor: Vendor;
  name: string;
  body: string;
}

/** A payload that could not be measured, and why (shown in the output instead of stopping the run). */
export interface NotMeasured {
  label: string;
  reason: string;
}

/** Every documented example of every event (schemas/<vendor>/<group>/<event>.examples/). */
export function documentedPayloads(): BenchPayload[] {
  return vendors.flatMap((facts) => {
    const vendor = facts.id as Vendor;
    return eventNames(vendor).flatMap((name) =>
      getExamples(vendor, name).map((example) => ({
        label: `${vendor} ${name} ${example.name} (${Buffer.byteLength(example.body)} B)`,
        set: 'documented' as const,
        vendor,
        name,
        body: example.body,
      })),
    );
  });
}

/** The largest documented example of each vendor, plus two synthetic ones with long strings. */
export function benchPayloads(): BenchPayload[] {
  const all = documentedPayloads();
  const largest = vendors.map((facts) => {
    const biggest = all.filter((payload) => payload.vendor === facts.id).reduce((a, b) => (b.body.length > a.body.length ? b : a));
    return { ...biggest, label: `${biggest.vendor} ${biggest.name} (${biggest.body.length} B)` };
  });
  return [...largest, ...syntheticPayloads()];
}

/** Two payloads no vendor documents: long strings, where code-point counting (minLength) could cost. */
export function syntheticPayloads(): BenchPayload[] {
  const message = JSON.parse(getExamples('talkplus', 'message')[0]!.body);
  message.message.text = 'Lorem ipsum dolor sit amet, 한국어 텍스트 😀 '.repeat(200).slice(0, 3600);
  const longText = JSON.stringify(message);
  const operation = JSON.parse(getExamples('nexconn', 'open_channel:operation')[0]!.body);
  // `id` carries minLength: the code-point count (ucs2length) runs on a long string.
  operation.id = 'e'.repeat(1700);
  const longId = JSON.stringify(operation);
  return [
    {
      label: `talkplus message, long text (${Buffer.byteLength(longText)} B)`,
      set: 'synthetic',
      vendor: 'talkplus',
      name: 'message',
      body: longText,
    },
    {
      label: `nexconn open_channel:operation, long minLength string (${Buffer.byteLength(longId)} B)`,
      set: 'synthetic',
      vendor: 'nexconn',
      name: 'open_channel:operation',
      body: longId,
    },
  ];
}
