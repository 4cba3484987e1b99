import type { ValidateOptions, ValidationError } from './types.js';

/**
 * The Standard Schema v1 interface (https://standardschema.dev), copied as its spec recommends so that the
 * package has no dependency, not even a type-only one its declarations would make consumers install.
 * `test/standard-schema-consumer.ts` checks it against `@standard-schema/spec` itself.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown, options?: Options | undefined) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface Options {
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
  type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['input'];
  type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output'];
}

/** The `~standard` props of our schemas: synchronous, so callers never need to await them. */
export interface WebhookSchemaProps<Event> extends StandardSchemaV1.Props<Event, Event> {
  readonly vendor: 'chat-webhooks';
  readonly validate: (value: unknown, options?: StandardSchemaV1.Options) => StandardSchemaV1.Result<Event>;
}

/**
 * A Standard Schema of a webhook payload (one event, or every event of a vendor), for Hono's `sValidator`,
 * tRPC, TanStack Form and any library that takes Standard Schema v1. Lenient: unknown properties pass, as
 * vendors add fields without notice. `.strict` is the same schema rejecting them. The input type is the event
 * too, so typed clients (Hono RPC) see the payload shape rather than `unknown`.
 */
export interface WebhookSchema<Event> extends StandardSchemaV1<Event, Event> {
  readonly '~standard': WebhookSchemaProps<Event>;
  /** The same schema with unknown properties rejected at every depth (the drift detector). */
  readonly strict: StandardSchemaV1<Event, Event> & { readonly '~standard': WebhookSchemaProps<Event> };
}

/** What a schema checks with: the package's own validate functions, whose results carry readable errors. */
type Check<Event> = (payload: unknown, options?: ValidateOptions) => { ok: true; event: Event } | { ok: false; errors: ValidationError[] };

const STRICT: ValidateOptions = { strict: true };

/**
 * Wraps one of the package's validate functions as a Standard Schema, lenient and strict. At most the default
 * `maxErrors` (20) issues are reported, for the same reason as everywhere in the package: a hostile payload
 * must get a short answer. Never throws on the value, since `check` does not.
 */
export function createWebhookSchema<Event>(check: Check<Event>): WebhookSchema<Event> {
  const props = (options: ValidateOptions | undefined): WebhookSchemaProps<Event> => ({
    version: 1,
    vendor: 'chat-webhooks',
    validate(value) {
      const result = check(value, options);
      return result.ok
        ? { value: result.event }
        : { issues: result.errors.map((error) => ({ message: error.message, path: pointerToPath(value, error.path) })) };
    },
  });
  return { '~standard': props(undefined), strict: { '~standard': props(STRICT) } };
}

/**
 * The Standard Schema path of a JSON pointer into `root`: unescaped segments (`~1` is `/`, `~0` is `~`), as
 * numbers where they index an array, so that form libraries find the field they render.
 */
export function pointerToPath(root: unknown, pointer: string): (string | number)[] {
  if (pointer === '') return [];
  let current: unknown = root;
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      const segment = Array.isArray(current) && /^(?:0|[1-9]\d*)$/.test(key) ? Number(key) : key;
      current =
        typeof current === 'object' && current !== null && Object.hasOwn(current, key)
          ? (current as Record<string, unknown>)[key]
          : undefined;
      return segment;
    });
}
