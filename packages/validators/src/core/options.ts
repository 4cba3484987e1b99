import { describeValue } from './describe-value.js';

/** How many errors a failed result carries unless `maxErrors` says otherwise. */
export const DEFAULT_MAX_ERRORS = 20;

/** The numeric options any entry point may be given (`maxBytes` and `maxDepth` are read by parseWebhook only). */
interface NumericOptions {
  maxErrors?: number;
  maxBytes?: number;
  maxDepth?: number;
}

/**
 * Throws a TypeError naming the option when a numeric option is not a positive integer: NaN (as from
 * `Number(process.env.UNSET)`), negative, zero, fractional or not a number at all. A limit that silently
 * switched itself off would fail open, which is what hostile input wants. `maxErrors` may be Infinity
 * (keep every error, for drift audits of captured deliveries); `maxBytes` and `maxDepth` may not, since they
 * are the defences against hostile bodies: pass a large number to raise them.
 */
export function checkOptions(options: NumericOptions | null | undefined): void {
  if (options === undefined || options === null) return;
  const { maxErrors, maxBytes, maxDepth } = options;
  if (maxErrors !== undefined && !(maxErrors === Infinity || isPositiveInteger(maxErrors)))
    fail('maxErrors', 'a positive integer or Infinity', maxErrors);
  if (maxBytes !== undefined && !isPositiveInteger(maxBytes)) fail('maxBytes', 'a positive integer (a number of bytes)', maxBytes);
  if (maxDepth !== undefined && !isPositiveInteger(maxDepth)) fail('maxDepth', 'a positive integer (a number of levels)', maxDepth);
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function fail(option: string, expected: string, value: unknown): never {
  const got = typeof value === 'number' ? String(value) : typeof value === 'bigint' ? `the bigint ${value}` : describeValue(value);
  throw new TypeError(`@chat-webhooks/validators: options.${option} must be ${expected}, got ${got}`);
}
