import { vendors, type Vendor } from '@chat-webhooks/schemas';
import { sign } from '@chat-webhooks/verify';

/** One request as the vendor would make it. */
export interface Delivery {
  /** The event name, when the body names one. */
  event?: string;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array;
  signed: boolean;
}

/** How to sign: with the secret (the real thing), not at all, or over other bytes than the body (negative checks). */
export type Signing = { secret: string; over?: Uint8Array } | undefined;

/**
 * The vendor's request for `body`: its method and the headers vendor.json lists. Headers whose name mentions a
 * signature (Sendbird's documented `x-sendbird-signature` and the `x-signature` real requests also carry) get
 * the signature; the others carry their listed value (user agent, content type, `unicode-escaped`).
 */
export function buildDelivery(vendor: Vendor, body: Uint8Array, signing: Signing, event?: string): Delivery {
  const facts = vendors.find((candidate) => candidate.id === vendor)!;
  const signature = signing && facts.signature.documented ? sign(vendor, signing.over ?? body, signing.secret) : undefined;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(facts.delivery.headers)) {
    if (/signature/i.test(name)) {
      if (signature !== undefined) headers[name] = signature;
    } else headers[name] = value;
  }
  return { ...(event === undefined ? {} : { event }), method: facts.delivery.method, headers, body, signed: signature !== undefined };
}

/** The event a body names by the vendor's discriminator, when it is a JSON object that names one. */
export function eventOf(vendor: Vendor, body: Uint8Array): string | undefined {
  const facts = vendors.find((candidate) => candidate.id === vendor)!;
  try {
    const value = (JSON.parse(new TextDecoder().decode(body)) as Record<string, unknown>)[facts.discriminator];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
