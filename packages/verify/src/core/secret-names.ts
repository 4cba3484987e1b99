import { vendors } from '@chat-webhooks/schemas/vendors';

/**
 * What `vendor` calls its signing secret, as its users look for it in the vendor's console ("master API token"),
 * from the vendor facts; undefined for a vendor that signs nothing we verify.
 */
export function secretName(vendor: unknown): string | undefined {
  const facts = vendors.find((candidate) => candidate.id === vendor);
  return facts?.signature.documented ? facts.signature.secretName : undefined;
}

/** Every signing vendor's name for its secret, for messages that cannot know the vendor: "Sendbird: the master API token; ...". */
export function secretNames(): string {
  return vendors.flatMap((facts) => (facts.signature.documented ? [`${facts.name}: the ${facts.signature.secretName}`] : [])).join('; ');
}
