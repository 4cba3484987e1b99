import type { VendorFacts } from '@chat-webhooks/schemas/vendors';

/**
 * The payloads a delivery's handlers see, one at a time. A vendor whose envelope may batch records
 * (`delivery.batchProperty` in its facts: Nexconn's `data`) gives one copy of the envelope per record, so a
 * handler never has to loop; other payloads are seen as they are.
 */
export function batchItems(facts: VendorFacts, payload: Record<string, unknown>): Record<string, unknown>[] {
  const property = facts.delivery.batchProperty;
  const records = property === undefined ? undefined : payload[property];
  if (property === undefined || !Array.isArray(records) || records.length <= 1) return [payload];
  return records.map((record) => ({ ...payload, [property]: [record] }));
}
