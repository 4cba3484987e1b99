import type { VendorFacts as GeneratedVendorFacts } from './generated/vendor-facts.js';

/** A JSON Schema (draft 2020-12) object. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** A payload from the vendor's documentation, kept as the docs print it (signed bodies byte for byte). */
export interface EventExample {
  /** File name of the example, e.g. `docs` or `signed-body`. */
  readonly name: string;
  /** The exact text of the payload. */
  readonly body: string;
}

/** Everything in `T`, all the way down, read-only: the facts are shared by every caller. */
type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Facts about one vendor's webhooks (schemas/<vendor>/vendor.json): discriminator, delivery (headers, delivery id,
 * batching), signature scheme, retry policy, source addresses, synchronous decisions. Compiled from the meta-schema
 * scripts/vendor.schema.json, which checks every vendor.json.
 */
export type VendorFacts = DeepReadonly<GeneratedVendorFacts>;
