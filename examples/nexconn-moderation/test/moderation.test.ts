import { describe, expect, it } from 'vitest';
import { blocklistMatcher, containsPhoneNumber, localVerdict, messageText } from '../src/moderation.js';

describe('reading the text of a pending message', () => {
  it('decodes the JSON-encoded content of a text message', () => {
    expect(messageText({ messageType: 'RC:TxtMsg', content: '{"content":"hello"}' })).toBe('hello');
    expect(messageText({ content: '{"content":"no type given"}' })).toBe('no type given');
  });

  it('never throws: missing, non-JSON, or oddly shaped content has no text', () => {
    for (const content of [
      undefined,
      '',
      'not json',
      '{"content":',
      'null',
      '42',
      '"a string"',
      '["content"]',
      '{"content":7}',
      '{"text":"hi"}',
    ]) {
      expect(messageText({ messageType: 'RC:TxtMsg', ...(content === undefined ? {} : { content }) })).toBeUndefined();
    }
    expect(messageText({ messageType: 'RC:TxtMsg', content: 7 as unknown as string })).toBeUndefined();
  });

  it('other message types (images, files, custom) carry no text to check', () => {
    expect(messageText({ messageType: 'RC:ImgMsg', content: '{"content":"/9j/4AAQSkZJRgABAQ0123456789"}' })).toBeUndefined();
    expect(messageText({ messageType: 'App:Custom', content: '{"content":"call 010-1234-5678"}' })).toBeUndefined();
  });
});

describe('the rules', () => {
  it('finds phone numbers as people type them', () => {
    for (const text of [
      'call me 010-1234-5678',
      '+82 10 1234 5678',
      '(555) 123.4567 after six',
      '9123 4567',
      'ｃａｌｌ ０１０１２３４５６７８',
      '+6591234567',
    ]) {
      expect(containsPhoneNumber(text), text).toBe(true);
    }
  });

  it('leaves short numbers, dates and prices alone', () => {
    for (const text of ['see you at 10:30', 'room 1204', 'on 2026-11-29', 'it costs 1,299.00', 'version 4.1.12', 'hello']) {
      expect(containsPhoneNumber(text), text).toBe(false);
    }
  });

  it('matches blocklisted words and phrases whole, whatever the case or width', () => {
    const blocked = blocklistMatcher(['casino', 'free crypto']);
    expect(blocked('Join the CASINO tonight')).toBe('casino');
    expect(blocked('get FREE   crypto now')).toBe('free crypto');
    expect(blocked('ｃａｓｉｎｏ')).toBe('casino');
    expect(blocked('casinos')).toBeUndefined();
    expect(blocked('a free cryptography course')).toBeUndefined();
    expect(blocklistMatcher([])('casino')).toBeUndefined();
    expect(blocklistMatcher(['a.b'])('axb')).toBeUndefined();
  });

  it('gives the reason shown to the sender', () => {
    const blocked = blocklistMatcher(['casino']);
    expect(localVerdict('text me on 010-1234-5678', blocked)).toBe('phone numbers are not allowed');
    expect(localVerdict('casino night', blocked)).toBe('blocked word: casino');
    expect(localVerdict('see you soon', blocked)).toBeUndefined();
  });
});
