import { describe, expect, it } from 'vitest';
import { verifySignature } from '../src/index.js';
import * as web from '../src/web.js';
import { sendbirdVector, talkplusVector } from './fixtures.js';

describe('a body re-serialised from JSON does not verify', () => {
  it('Sendbird: JSON.stringify(JSON.parse(body)) loses the "\\/" and \\uXXXX escapes', async () => {
    const { body, key, signature } = sendbirdVector;
    const reserialised = JSON.stringify(JSON.parse(body));
    expect(reserialised).not.toBe(body);
    expect(body).toContain('\\/');
    expect(body).toContain('\\uc81c');
    expect(reserialised).not.toContain('\\/');
    expect(reserialised).toContain('제프');
    const input = { body: reserialised, signature, secret: key };
    expect(verifySignature('sendbird', input)).toMatchObject({
      ok: false,
      reason: 'mismatch',
      message: expect.stringContaining('not re-serialised JSON'),
    });
    expect(await web.verifySignature('sendbird', input)).toMatchObject({ ok: false, reason: 'mismatch' });
  });

  it('Sendbird: the same data with the escapes kept but "/" left plain fails', () => {
    const { body, key, signature } = sendbirdVector;
    expect(verifySignature('sendbird', { body: body.replaceAll('\\/', '/'), signature, secret: key })).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('TalkPlus: the compact body survives JSON.stringify(JSON.parse()), but a pretty-printed or reordered one does not verify', () => {
    const { body, key, signature } = talkplusVector;
    const parsed = JSON.parse(body) as Record<string, unknown>;
    expect(JSON.stringify(parsed)).toBe(body); // compact, ASCII, no escapes: re-serialising happens to round-trip here
    const pretty = JSON.stringify(parsed, null, 2);
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(parsed).reverse()));
    for (const variant of [pretty, reordered]) {
      expect(verifySignature('talkplus', { body: variant, signature, secret: key })).toMatchObject({ ok: false, reason: 'mismatch' });
    }
  });
});
