import type { IncomingHeaders } from './types.js';

/** The value of header `name` (any case), from a Node headers object or a Fetch `Headers`; the first of repeated values. */
export function headerValue(headers: IncomingHeaders, name: string): string | undefined {
  if (isFetchHeaders(headers)) return headers.get(name) ?? undefined;
  const value = recordValue(headers, name);
  return Array.isArray(value) ? value[0] : (value as string | undefined);
}

/** What a header that must occur once carries: its one value (`undefined` when absent), or how many it had. */
export type SingleHeaderValue = { repeated: false; value: string | undefined } | { repeated: true; count: number };

export interface SingleHeaderValueOptions {
  /**
   * Also treat one value holding a comma as repeated. Fetch `Headers` and Node's `IncomingMessage.headers`
   * join a repeated header into one value with ", ", so this is the only way to see the repeat there. Right for
   * headers whose value cannot hold a comma: hex or base64 signatures.
   */
  commaSeparated?: boolean;
}

/**
 * The one value of header `name` (any case), or `{ repeated: true }` when the request carries it more than once:
 * an array of several values (Node's `headersDistinct`, raw header objects) or, with `commaSeparated`, a value
 * joined with commas (Fetch `Headers`, Node's `headers`). A repeated security header must be refused, never
 * resolved by taking one of its values.
 */
export function singleHeaderValue(
  headers: IncomingHeaders,
  name: string,
  { commaSeparated = false }: SingleHeaderValueOptions = {},
): SingleHeaderValue {
  let values: readonly (string | undefined)[];
  if (isFetchHeaders(headers)) {
    values = [headers.get(name) ?? undefined];
  } else {
    // Every key that matches in any case: `{ 'X-Sig': a, 'x-sig': b }` is a repeat too.
    const lower = name.toLowerCase();
    const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
    values = Object.keys(record)
      .filter((key) => key.toLowerCase() === lower && record[key] !== undefined)
      .flatMap((key) => record[key]!);
  }
  if (values.length === 0) return { repeated: false, value: undefined };
  if (values.length > 1) return { repeated: true, count: values.length };
  const value = values[0];
  if (commaSeparated && typeof value === 'string' && value.includes(',')) return { repeated: true, count: value.split(',').length };
  return { repeated: false, value };
}

function isFetchHeaders(headers: IncomingHeaders): headers is { get(name: string): string | null } {
  return typeof (headers as { get?: unknown }).get === 'function';
}

function recordValue(headers: IncomingHeaders, name: string): string | readonly string[] | undefined {
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const lower = name.toLowerCase();
  // Node's objects are lower-cased already: look there first, then in any case.
  if (Object.hasOwn(record, lower)) return record[lower];
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}
