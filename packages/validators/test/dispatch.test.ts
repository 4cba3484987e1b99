import { describe, expect, it } from 'vitest';
import { isEvent, validateEvent } from '../src/index.js';
import * as sendbird from '../src/generated/sendbird/index.js';

// The dispatch tables have no prototype: names that are properties of every object must find nothing.
describe('validateEvent dispatch by vendor and event name', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`answers unknownEvent for the event name "${name}" (root and vendor entry)`, () => {
      for (const result of [validateEvent('sendbird', name as never, {}), sendbird.validateEvent(name as never, {})]) {
        expect(result.ok).toBe(false);
        expect(!result.ok && result.errors[0]?.keyword).toBe('unknownEvent');
        expect(result.name).toBe(name);
      }
      expect(isEvent('sendbird', name as never, {})).toBe(false);
    });

    it(`answers unknownVendor for the vendor "${name}"`, () => {
      const result = validateEvent(name as never, 'message' as never, {});
      expect(!result.ok && result.errors[0]?.keyword).toBe('unknownVendor');
    });
  }

  it('does not call toString on a name that is not a string', () => {
    const name = { toString: () => 'user:ban' };
    const result = validateEvent('sendbird', name as never, {});
    expect(!result.ok && result.errors[0]?.keyword).toBe('unknownEvent');
  });

  it('still checks options when the event is unknown', () => {
    expect(() => validateEvent('sendbird', 'no:such_event' as never, {}, { maxErrors: -1 })).toThrow(TypeError);
    expect(() => sendbird.validateEvent('no:such_event' as never, {}, { maxErrors: Number.NaN })).toThrow(TypeError);
  });
});
