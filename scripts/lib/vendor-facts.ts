/** The content of `schemas/<vendor>/vendor.json`; the shape is enforced by scripts/vendor.schema.json. */
export interface VendorFacts {
  id: string;
  name: string;
  typePrefix: string;
  description: string;
  docsUrl: string;
  discriminator: string;
  eventName: '{group}:{file}' | '{file}';
  delivery: { method: 'POST'; headers: Record<string, string>; notes?: string[] };
  signature:
    | { documented: true; header: string; algorithm: 'HMAC-SHA256'; encoding: 'hex' | 'base64'; key: string; signedContent: string; notes?: string[] }
    | { documented: false; notes: string[] };
  retry: { documented: boolean; timeoutSeconds?: number; maxAttempts?: number; retryDelaySeconds?: number; notes?: string[] };
  /** The addresses the vendor's webhooks come from, as published. */
  sourceAddresses?: { docsUrl: string; readOn: string; addresses: string[]; notes?: string[] };
  /** Synchronous events, answered with a decision the vendor waits for. */
  decisions?: { events: string[]; answer: string; timeoutSeconds: number; maxAttempts?: number; default: Record<string, unknown>; notes?: string[] };
}

/** The event name a file spells by its place in the tree. */
export function eventNameFromPath(facts: Pick<VendorFacts, 'eventName'>, group: string, file: string): string {
  return facts.eventName.replace('{group}', group).replace('{file}', file);
}
