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
  /** The addresses the vendor's webhooks come from, as published on `docsUrl` when read (`readOn`, YYYY-MM-DD). */
  readonly sourceAddresses?: { readonly docsUrl: string; readonly readOn: string; readonly addresses: readonly string[]; readonly notes?: readonly string[] };
  /**
   * Synchronous events: the vendor waits `timeoutSeconds` for a decision (typed by the shared definition titled
   * `answer`) before it goes on; `default` is the decision that changes nothing.
   */
  readonly decisions?: {
    readonly events: readonly string[];
    readonly answer: string;
    readonly timeoutSeconds: number;
    readonly maxAttempts?: number;
    readonly default: Readonly<Record<string, unknown>>;
    readonly notes?: readonly string[];
  };
}
