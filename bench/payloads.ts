import { eventNames, getExamples, vendors, type Vendor } from '@chat-webhooks/schemas';

export interface BenchPayload {
  label: string;
  vendor: Vendor;
  name: string;
  body: string;
}

/** The largest documented example of each vendor, plus two synthetic ones with long strings. */
export function benchPayloads(): BenchPayload[] {
  const largest = vendors.map((facts) => {
    const vendor = facts.id as Vendor;
    const all = eventNames(vendor).flatMap((name) => getExamples(vendor, name).map((example) => ({ vendor, name, body: example.body })));
    const biggest = all.reduce((a, b) => (b.body.length > a.body.length ? b : a));
    return { label: `${vendor} ${biggest.name} (${biggest.body.length} B)`, ...biggest };
  });
  const message = JSON.parse(getExamples('talkplus', 'message')[0]!.body);
  message.message.text = 'Lorem ipsum dolor sit amet, 한국어 텍스트 😀 '.repeat(200).slice(0, 3600);
  const longText = JSON.stringify(message);
  const operation = JSON.parse(getExamples('nexconn', 'open_channel:operation')[0]!.body);
  // `id` carries minLength: the code-point count (ucs2length) runs on a long string.
  operation.id = 'e'.repeat(1700);
  const longId = JSON.stringify(operation);
  return [
    ...largest,
    { label: `talkplus message, long text (${Buffer.byteLength(longText)} B)`, vendor: 'talkplus', name: 'message', body: longText },
    { label: `nexconn open_channel:operation, long minLength string (${Buffer.byteLength(longId)} B)`, vendor: 'nexconn', name: 'open_channel:operation', body: longId },
  ];
}
