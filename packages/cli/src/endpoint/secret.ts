import { vendors, type Vendor } from '@chat-webhooks/schemas';
import { UsageError } from '../usage-error.js';

export const SECRET_VARIABLE = 'CHAT_WEBHOOKS_SECRET';

/**
 * The signing secret for a vendor that signs, from the environment only (shell history and process lists keep
 * arguments); undefined for a vendor without a documented scheme (Nexconn), whose deliveries go out unsigned.
 */
export function signingSecret(vendor: Vendor, command: string): string | undefined {
  const facts = vendors.find((candidate) => candidate.id === vendor)!;
  if (!facts.signature.documented) return undefined;
  const secret = process.env[SECRET_VARIABLE];
  if (!secret)
    throw new UsageError(
      `set ${SECRET_VARIABLE} to the secret your endpoint verifies with (${facts.signature.key.split(',')[0]!.replace(/\.$/, '')}); it is never taken as an argument`,
      command,
    );
  return secret;
}

/** The line said once when a vendor signs nothing: the user must know the endpoint was not asked to verify. */
export function unsignedNote(vendor: Vendor): string {
  const facts = vendors.find((candidate) => candidate.id === vendor)!;
  return `${facts.name} documents no signature scheme: deliveries are sent unsigned (authenticate them by source address)`;
}
