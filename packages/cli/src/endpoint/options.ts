import { UsageError } from '../usage-error.js';

/**
 * A whole-number flag within [min, max], or `fallback` when absent. Anything else (NaN, a sign, a fraction, an
 * empty string) is a usage error naming the flag: a bound that silently became NaN would switch a cap off.
 */
export function integerFlag(
  value: string | undefined,
  flag: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
  command: string,
): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got "${value}"`, command);
  return Number(value);
}
