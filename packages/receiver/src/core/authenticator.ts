import { secretName, signatureHeader } from '@chat-webhooks/verify/web';
import type { Platform } from '../platform/platform.js';
import type { ReceiverOptions } from './create-receiver.js';
import { singleHeaderValue } from './header-value.js';
import type { IncomingHeaders, Vendor } from './types.js';

/** The options that say how deliveries are authenticated. */
export type AuthenticationOptions = Pick<
  ReceiverOptions<Vendor>,
  'vendor' | 'secret' | 'secrets' | 'verify' | 'unsafeSkipVerification' | 'allowSourceIps'
>;

/** Resolves true for an authentic request, or the reason it is not. Configuration mistakes throw at creation. */
export function authenticator(
  platform: Platform,
  options: AuthenticationOptions,
): (body: Uint8Array, headers: IncomingHeaders) => Promise<true | string> {
  const { vendor, secret, secrets, verify, unsafeSkipVerification, allowSourceIps } = options;
  const ways = [secret !== undefined || secrets !== undefined, verify !== undefined, unsafeSkipVerification === true].filter(
    Boolean,
  ).length;
  // A vendor that signs nothing (Nexconn): the source address it publishes is the documented way, on its own.
  const bySourceOnly = ways === 0 && allowSourceIps !== undefined && signatureHeader(vendor) === undefined;
  if (bySourceOnly) return async () => true;
  if (ways !== 1) {
    throw new TypeError(
      '@chat-webhooks/receiver: choose exactly one way to authenticate deliveries: `secret` (or `secrets` during a rotation), ' +
        '`verify` (your own check), or `unsafeSkipVerification: true` (local development only)' +
        (signatureHeader(vendor) === undefined
          ? `; for ${vendor}, which signs nothing we can check, \`allowSourceIps\` alone will do`
          : ''),
    );
  }
  if (
    (secret !== undefined && secret === '') ||
    (secrets !== undefined && (secrets.length === 0 || secrets.some((value) => value === '')))
  ) {
    throw new TypeError(`@chat-webhooks/receiver: the signing secret is empty; pass ${vendor}'s ${secretName(vendor) ?? 'signing secret'}`);
  }
  if (unsafeSkipVerification) return async () => true;
  if (verify)
    return async (body, headers) => ((await verify({ body, headers })) === true ? true : 'the custom verify function refused the request');
  const header = signatureHeader(vendor);
  if (header === undefined) {
    throw new TypeError(
      `@chat-webhooks/receiver: ${vendor} documents no signature scheme we implement; pass \`verify\` with your own check, or \`unsafeSkipVerification: true\``,
    );
  }
  return async (body, headers) => {
    // A repeated signature header is refused, never resolved by picking one of its values.
    const found = singleHeaderValue(headers, header, { commaSeparated: true });
    if (found.repeated) return `the ${header} header was sent ${found.count} times`;
    const signature = found.value;
    const result = await platform.verifySignature(
      vendor,
      secrets !== undefined ? { body, signature, secrets } : { body, signature, secret: secret! },
    );
    return result.ok ? true : result.message;
  };
}
