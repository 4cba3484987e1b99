import { sign } from '@chat-webhooks/verify';
import type { Vendor } from '@chat-webhooks/types';
import { signatureHeader } from '@chat-webhooks/verify';

export const SECRETS = { sendbird: 'sendbird-master-api-token', talkplus: '92935b03e231483fc2cf75d9020f7e492c8fd9c7481eb4c79620ace7fe207d81' } as const;

/** A delivery as the vendor sends it: the JSON body and its signature header. */
export function signedDelivery(vendor: 'sendbird' | 'talkplus', payload: unknown, secret: string = SECRETS[vendor]) {
  const body = JSON.stringify(payload);
  return { body, headers: { 'content-type': 'application/json', [signatureHeader(vendor)!]: sign(vendor, body, secret) } };
}

/** Resolves after handlers scheduled "after the answer" have run. */
export const handlersSettled = () => new Promise((resolve) => setTimeout(resolve, 20));

export type { Vendor };
