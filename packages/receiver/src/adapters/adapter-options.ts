/** Options shared by `toFetchHandler` and `toNodeMiddleware`. */
export interface AdapterOptions {
  /**
   * How long reading the request body may take, in milliseconds, from the moment the adapter starts reading
   * to its last byte. A client that sends slower (or stalls) gets 408 and its connection is closed. Default 10 000
   * (vendors send small bodies in one go). A positive integer, at most 2 147 483 647 (the largest timer delay).
   */
  bodyTimeoutMs?: number;
}

export interface ResolvedAdapterOptions {
  bodyTimeoutMs: number;
}

export const DEFAULT_BODY_TIMEOUT_MS = 10_000;
/** setTimeout fires at once for larger delays (they overflow a signed 32-bit integer). */
const MAX_TIMER_MS = 2_147_483_647;

/** Checks an adapter factory's options, throwing a TypeError that names the option for a value that would fail open. */
export function resolveAdapterOptions(options: AdapterOptions | undefined, factory: string): ResolvedAdapterOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(
      `@chat-webhooks/receiver: the options of ${factory} must be an object, got ${options === null ? 'null' : typeof options}`,
    );
  }
  const bodyTimeoutMs = options?.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  if (typeof bodyTimeoutMs !== 'number' || !Number.isInteger(bodyTimeoutMs) || bodyTimeoutMs <= 0 || bodyTimeoutMs > MAX_TIMER_MS) {
    throw new TypeError(
      `@chat-webhooks/receiver: ${factory} option bodyTimeoutMs must be a positive integer number of milliseconds (at most ${MAX_TIMER_MS}), got ${describe(bodyTimeoutMs)}`,
    );
  }
  return { bodyTimeoutMs };
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return value === null ? 'null' : typeof value;
}

/** Joins the chunks read so far into one body. */
export function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.byteLength === size) return chunks[0]!;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A declared `content-length` larger than the limit, so the answer can be 413 before reading a byte. */
export function declaredTooLarge(value: string | null | undefined, maxBytes: number): boolean {
  if (value === null || value === undefined || value === '') return false;
  const declared = Number(value);
  return Number.isFinite(declared) && declared > maxBytes;
}
