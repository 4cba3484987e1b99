import { eventNames, getExamples, getSchema, vendors, type JsonSchema, type Vendor } from '@chat-webhooks/schemas';

export interface DocumentedPayload {
  vendor: Vendor;
  name: string;
  example: string;
  body: string;
  payload: Record<string, unknown>;
  schema: JsonSchema;
}

/** Every example payload of the vendor docs, with its event's canonical schema. */
export const documented: DocumentedPayload[] = vendors.flatMap((facts) => {
  const vendor = facts.id as Vendor;
  return eventNames(vendor).flatMap((name) =>
    getExamples(vendor, name).map((example) => ({
      vendor,
      name,
      example: example.name,
      body: example.body,
      payload: JSON.parse(example.body) as Record<string, unknown>,
      schema: getSchema(vendor, name),
    })),
  );
});

/** One documented payload per event. */
export const onePerEvent: DocumentedPayload[] = documented.filter(
  (entry, index) => documented.findIndex((other) => other.vendor === entry.vendor && other.name === entry.name) === index,
);
