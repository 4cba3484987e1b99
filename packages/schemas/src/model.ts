/** A JSON Schema (draft 2020-12) object. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** A payload from the vendor's documentation, kept as the docs print it (signed bodies byte for byte). */
export interface EventExample {
  /** File name of the example, e.g. `docs` or `signed-body`. */
  readonly name: string;
  /** The exact text of the payload. */
  readonly body: string;
}

/** Facts about one vendor's webhooks (schemas/<vendor>/vendor.json). */
export interface VendorFacts {
  readonly id: string;
  readonly name: string;
  readonly typePrefix: string;
  readonly description: string;
  readonly docsUrl: string;
  /** The top-level property whose value names the event. */
  readonly discriminator: string;
  readonly eventName: string;
  readonly delivery: { readonly method: string; readonly headers: Readonly<Record<string, string>>; readonly notes?: readonly string[] };
  readonly signature:
    | {
        readonly documented: true;
        readonly header: string;
        readonly algorithm: string;
        readonly encoding: 'hex' | 'base64';
        readonly key: string;
        readonly signedContent: string;
        readonly notes?: readonly string[];
      }
    | { readonly documented: false; readonly notes: readonly string[] };
  readonly retry: {
    readonly documented: boolean;
    readonly timeoutSeconds?: number;
    readonly maxAttempts?: number;
    readonly retryDelaySeconds?: number;
    readonly notes?: readonly string[];
  };
}
