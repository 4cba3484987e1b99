import { eventNames, vendors, type EventName, type Vendor } from '@chat-webhooks/schemas';
import { UsageError } from './usage-error.js';

export const VENDOR_IDS = vendors.map((facts) => facts.id) as Vendor[];

/** The vendor named on the command line, or a UsageError that lists the vendors. */
export function vendorArg(value: string | undefined, command: string): Vendor {
  if (value === undefined) throw new UsageError(`name a vendor: ${VENDOR_IDS.join(', ')}`, command);
  if (!(VENDOR_IDS as string[]).includes(value))
    throw new UsageError(`unknown vendor "${value}"; choose one of ${VENDOR_IDS.join(', ')}`, command);
  return value as Vendor;
}

/** The event named on the command line, or a UsageError that lists the vendor's events. */
export function eventArg<V extends Vendor>(vendor: V, value: string | undefined, command: string): EventName<V> {
  const names = eventNames(vendor) as readonly string[];
  if (value === undefined || !names.includes(value)) {
    throw new UsageError(
      `${value === undefined ? 'name an event' : `${vendor} has no event "${value}"`}; its events: ${names.join(', ')} (see \`chat-webhooks events ${vendor}\`)`,
      command,
    );
  }
  return value as EventName<V>;
}
