import { describe, expect, it } from 'vitest';
import { sign, verifySignature } from '../src/index.js';
import * as web from '../src/web.js';
import { bodyForms, signedVendors } from './fixtures.js';

const korean = '{"event":"message","message":{"text":"안녕하세요, 토크플러스 웹훅입니다"},"channel":{"name":"한국어 채널"}}';
const emoji = '{"category":"open_channel:message_send","payload":{"message":"🎉👋🏽 family: 👨‍👩‍👧‍👦, flag: 🇰🇷"}}';

describe('unicode bodies', () => {
  for (const vendor of signedVendors) {
    for (const [label, text] of [
      ['Korean', korean],
      ['emoji (surrogate pairs, ZWJ sequences)', emoji],
    ] as const) {
      it(`${vendor}: ${label} signs as its UTF-8 bytes, in every form and both twins`, async () => {
        const secret = 'unicode-secret';
        const signatures = bodyForms(text).map((form) => sign(vendor, form.body, secret));
        expect(new Set(signatures).size).toBe(1);
        // The UTF-8 bytes, as node:crypto would hash them when given the bytes directly.
        expect(signatures[0]).toBe(sign(vendor, Buffer.from(text, 'utf8'), secret));
        for (const form of bodyForms(text)) {
          expect(verifySignature(vendor, { body: form.body, signature: signatures[0], secret })).toEqual({ ok: true });
          expect(await web.verifySignature(vendor, { body: form.body, signature: signatures[0], secret })).toEqual({ ok: true });
        }
      });
    }
  }

  it('the same Korean text in NFD (decomposed jamo) is other bytes and does not verify', () => {
    const signature = sign('talkplus', korean.normalize('NFC'), 'k');
    expect(korean.normalize('NFD')).not.toBe(korean.normalize('NFC'));
    expect(verifySignature('talkplus', { body: korean.normalize('NFD'), signature, secret: 'k' })).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('the UTF-16 or Latin-1 bytes of a text are not its UTF-8 bytes', () => {
    const signature = sign('sendbird', korean, 'k');
    expect(verifySignature('sendbird', { body: Buffer.from(korean, 'utf16le'), signature, secret: 'k' }).ok).toBe(false);
    expect(
      verifySignature('sendbird', { body: Buffer.from('café', 'latin1'), signature: sign('sendbird', 'café', 'k'), secret: 'k' }).ok,
    ).toBe(false);
  });

  it('a lone surrogate in a string becomes U+FFFD in both twins, as Buffer.from encodes it', async () => {
    const text = '{"x":"\uD800"}';
    const signature = sign('sendbird', text, 'k');
    expect(signature).toBe(sign('sendbird', Buffer.from(text, 'utf8'), 'k'));
    expect(await web.sign('sendbird', text, 'k')).toBe(signature);
  });

  it('a non-ASCII secret keys with its UTF-8 bytes', async () => {
    const secret = '비밀🔑';
    const signature = sign('talkplus', korean, secret);
    expect(verifySignature('talkplus', { body: korean, signature, secret })).toEqual({ ok: true });
    expect(await web.sign('talkplus', korean, secret)).toBe(signature);
  });
});
