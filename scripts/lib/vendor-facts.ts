import type { VendorFacts } from '../generated/vendor-facts.ts';

/** The content of `schemas/<vendor>/vendor.json`: its type is compiled from scripts/vendor.schema.json. */
export type { VendorFacts };

/** The event name a file spells by its place in the tree. */
export function eventNameFromPath(facts: Pick<VendorFacts, 'eventName'>, group: string, file: string): string {
  return facts.eventName.replace('{group}', group).replace('{file}', file);
}
