import type { VerifyFailure, VerifyFailureReason } from './types.js';

export const PACKAGE = '@chat-webhooks/verify';

/** A failed result; every message carries the package name so a log line says where it came from. */
export function failure(reason: VerifyFailureReason, message: string): VerifyFailure {
  return { ok: false, reason, message: `${PACKAGE}: ${message}` };
}

/** Tells a failure apart from a check's successful value (bytes, keys), which never has `ok: false`. */
export function isFailure<T>(value: T | VerifyFailure): value is VerifyFailure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

/** What `sign()` throws: the same sentence a failed verification carries. */
export function signError(result: VerifyFailure): TypeError {
  return new TypeError(result.message);
}
