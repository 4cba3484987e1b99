/**
 * Throws a TypeError naming `name` unless `value` is undefined or an integer within [min, max]: an option read
 * from an unset environment variable (NaN) must not switch a limit off.
 */
export function checkInteger(name: string, value: unknown, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(
      `@chat-webhooks/receiver: ${name} must be an integer from ${min} to ${max}, got ${typeof value === 'number' ? String(value) : typeof value}`,
    );
  }
}
