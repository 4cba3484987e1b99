import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sign, verifySignature } from '../src/index.js';
import * as web from '../src/web.js';
import { talkplusVector } from './fixtures.js';

const { body, signature } = talkplusVector;

describe('empty and missing secrets', () => {
  const cases: [string, unknown][] = [
    ['absent', undefined],
    ['null', null],
    ['an empty string', ''],
    ['a number', 123],
    ['a Buffer', Buffer.from('key')],
    ['an object', {}],
  ];
  for (const [name, secret] of cases) {
    it(`secret ${name} -> emptySecret, in both twins`, async () => {
      const input = { body, signature, secret } as never;
      const result = verifySignature('talkplus', input);
      expect(result).toMatchObject({ ok: false, reason: 'emptySecret', message: expect.stringMatching(/^@chat-webhooks\/verify: /) });
      expect(await web.verifySignature('talkplus', input)).toEqual(result);
    });
  }

  it('no secret field at all names both ways to pass one', () => {
    expect(verifySignature('talkplus', { body, signature } as never)).toMatchObject({
      reason: 'emptySecret',
      message: expect.stringContaining('{ secrets: [newSecret, oldSecret] }'),
    });
  });

  it('an empty secret is refused even when the signature is the HMAC keyed with nothing (which anyone can compute)', async () => {
    const forged = createHmac('sha256', '').update(body).digest('base64');
    const input = { body, signature: forged, secret: '' };
    expect(verifySignature('talkplus', input)).toMatchObject({ ok: false, reason: 'emptySecret' });
    expect(await web.verifySignature('talkplus', input)).toMatchObject({ ok: false, reason: 'emptySecret' });
    expect(verifySignature('talkplus', { body, signature: forged, secrets: ['real-secret', ''] })).toMatchObject({
      ok: false,
      reason: 'emptySecret',
    });
    expect(() => sign('talkplus', body, '')).toThrow(/^@chat-webhooks\/verify: no secret was given/);
  });

  it('sign refuses a non-string secret', async () => {
    expect(() => sign('sendbird', body, 42 as never)).toThrow(TypeError);
    await expect(web.sign('sendbird', body, 42 as never)).rejects.toThrow(/must be a non-empty string, got the number 42/);
  });

  it('the secret is never part of a message', () => {
    const secret = 'super-secret-token-value';
    for (const input of [
      { body, signature: '0'.repeat(44), secret },
      { body, signature: `${'A'.repeat(43)}=`, secret },
      { body: {} as never, signature, secret },
    ]) {
      const result = verifySignature('talkplus', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).not.toContain(secret);
    }
  });
});
