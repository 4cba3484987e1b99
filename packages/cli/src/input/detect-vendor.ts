import { eventNames, vendors, type Vendor } from '@chat-webhooks/schemas';

/**
 * The vendor whose discriminator names one of its events in `payload` (vendor.json `discriminator`: Sendbird
 * `category`, TalkPlus `event`, Nexconn `type`); failing that, the one vendor whose discriminator is a string
 * there (an event the schemas do not have yet). Undefined when no vendor or several fit.
 */
export function detectVendor(payload: unknown): Vendor | undefined {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  const record = payload as Record<string, unknown>;
  const candidates = vendors.filter((facts) => typeof record[facts.discriminator] === 'string');
  const known = candidates.filter((facts) =>
    (eventNames(facts.id as Vendor) as readonly string[]).includes(record[facts.discriminator] as string),
  );
  const chosen = known.length > 0 ? known : candidates;
  return chosen.length === 1 ? (chosen[0]!.id as Vendor) : undefined;
}
