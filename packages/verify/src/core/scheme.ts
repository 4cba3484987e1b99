import { vendors, type VendorFacts } from '@chat-webhooks/schemas/vendors';
import { describeValue } from './describe-value.js';
import type { SignatureEncoding } from './encoding.js';
import { failure } from './failure.js';
import type { VerifyFailure } from './types.js';

/** The one algorithm implemented here, spelt as vendor.json spells it. */
const HMAC_SHA256 = 'HMAC-SHA256';
/** HMAC-SHA256 produces 32 bytes; a signature that decodes to any other length is malformed. */
export const HMAC_SHA256_BYTES = 32;

/** How one vendor signs its webhooks, derived from its vendor facts (schemas/<vendor>/vendor.json). */
export interface SignatureScheme {
  readonly vendor: string;
  /** The vendor's display name, for messages. */
  readonly name: string;
  /** Lower-case header name, e.g. `x-sendbird-signature`. */
  readonly header: string;
  readonly algorithm: typeof HMAC_SHA256;
  readonly encoding: SignatureEncoding;
  /** Bytes of the MAC the header encodes. */
  readonly macLength: number;
  /** What the vendor calls the signing secret ("master API token"), for messages. */
  readonly secretName: string;
}

export type SchemeLookup = { ok: true; scheme: SignatureScheme } | VerifyFailure;

// Built on first use from @chat-webhooks/schemas, the single source of vendor facts: adding a vendor with a
// documented HMAC-SHA256 scheme there makes it verifiable here with no change to this package.
let schemes: Map<string, SchemeLookup> | undefined;

function schemeOf(facts: VendorFacts): SchemeLookup {
  const signature = facts.signature;
  if (!signature.documented) {
    return failure(
      'unsupportedVendor',
      `${facts.name} ("${facts.id}") webhook signatures cannot be signed or verified: the material this package is built from documents no signature scheme for them, and none is guessed. Skip verification for ${facts.id} as an explicit choice, or check deliveries another way.`,
    );
  }
  return {
    ok: true,
    scheme: {
      vendor: facts.id,
      name: facts.name,
      header: signature.header.toLowerCase(),
      algorithm: HMAC_SHA256,
      encoding: signature.encoding,
      macLength: HMAC_SHA256_BYTES,
      secretName: signature.secretName,
    },
  };
}

function allSchemes(): Map<string, SchemeLookup> {
  return (schemes ??= new Map(vendors.map((facts) => [facts.id, schemeOf(facts)])));
}

/** The scheme of `vendor`, or why there is none (`unknownVendor`, `unsupportedVendor`). Accepts any value. */
export function lookupScheme(vendor: unknown): SchemeLookup {
  const known = typeof vendor === 'string' ? allSchemes().get(vendor) : undefined;
  if (known) return known;
  const shown =
    typeof vendor === 'string' ? JSON.stringify(vendor.length > 40 ? `${vendor.slice(0, 40)}...` : vendor) : `(${describeValue(vendor)})`;
  return failure('unknownVendor', `unknown vendor ${shown}; known vendors: ${[...allSchemes().keys()].join(', ')}`);
}

/** The lower-case name of the header that carries `vendor`'s signature, or undefined when it has none we verify. */
export function signatureHeader(vendor: unknown): string | undefined {
  const lookup = lookupScheme(vendor);
  return lookup.ok ? lookup.scheme.header : undefined;
}
