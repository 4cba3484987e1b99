import { sign } from '@chat-webhooks/verify';
import type { Vendor } from '@chat-webhooks/types';
import { signatureHeader } from '@chat-webhooks/verify';

export const SECRETS = {
  sendbird: 'sendbird-master-api-token',
  talkplus: '92935b03e231483fc2cf75d9020f7e492c8fd9c7481eb4c79620ace7fe207d81',
} as const;

/** A delivery as the vendor sends it: the JSON body and its signature header. */
export function signedDelivery(vendor: 'sendbird' | 'talkplus', payload: unknown, secret: string = SECRETS[vendor]) {
  const body = JSON.stringify(payload);
  return { body, headers: { 'content-type': 'application/json', [signatureHeader(vendor)!]: sign(vendor, body, secret) } };
}

/** Resolves after handlers scheduled "after the answer" have run. */
export const handlersSettled = () => new Promise((resolve) => setTimeout(resolve, 20));

export type { Vendor };

/**
 * A ReadableStream source that hands out `total` bytes in `chunkSize` chunks, only when asked (highWaterMark 0:
 * nothing is pulled ahead), and counts what it handed out and whether it was cancelled.
 */
export function countingSource(total: number, chunkSize = 64 * 1024) {
  const chunk = new Uint8Array(chunkSize).fill(0x78);
  const state = { pulled: 0, cancelled: false as boolean, stream: undefined as unknown as ReadableStream<Uint8Array> };
  state.stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled >= total) {
          controller.close();
          return;
        }
        const size = Math.min(chunkSize, total - state.pulled);
        state.pulled += size;
        controller.enqueue(size === chunkSize ? chunk.slice() : chunk.slice(0, size));
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return state;
}
