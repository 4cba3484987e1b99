import type { Random } from './random.js';
import { FIRST_NAMES, IMAGE_HOSTS, NICKNAMES, SENTENCES, TITLE_WORDS } from './words.js';

// Timestamps fall between 2024-01-01 and 2026-01-01, so that units (ms or s) are plainly visible.
const FROM_MS = Date.UTC(2024, 0, 1);
const TO_MS = Date.UTC(2026, 0, 1);

const uuid = (random: Random) =>
  `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-${random.pick(['8', '9', 'a', 'b'])}${random.hex(3)}-${random.hex(12)}`;

/** The `x-mock` vocabulary of docs/schema-conventions.md. */
export const HINTS: Readonly<Record<string, (random: Random) => string | number>> = {
  uuid,
  'upper-guid': (random) => uuid(random).toUpperCase(),
  'uuid-or-snowflake': (random) => (random.chance(0.5) ? uuid(random) : random.digits(19)),
  'short-id': (random) => Array.from({ length: 9 }, () => random.pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join(''),
  'user-id': (random) =>
    `${random
      .pick(FIRST_NAMES)
      .toLowerCase()
      .replace(/[^a-z]/g, '')}_${random.digits(3)}`,
  'channel-id': (random) => `channel_${random.digits(6)}`,
  'message-number': (random) => random.int(100_000_000, 2_147_483_647),
  nickname: (random) => random.pick(NICKNAMES),
  title: (random) => random.pick(TITLE_WORDS),
  sentence: (random) => random.pick(SENTENCES),
  'image-url': (random) => `${random.pick(IMAGE_HOSTS)}${random.int(1, 150)}_512px.png`,
  'ip-address': (random) => `${random.int(1, 223)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`,
  'unix-ms': (random) => random.int(FROM_MS, TO_MS),
  'unix-s': (random) => Math.floor(random.int(FROM_MS, TO_MS) / 1000),
  count: (random) => random.int(1, 200),
};

const PLACEHOLDER = /\{(hex|digits|pick):([^}]+)\}/g;

/** True when `hint` names a vocabulary entry or is a template whose placeholders are all known. */
export function isKnownHint(hint: string): boolean {
  return Object.hasOwn(HINTS, hint) || (hint.includes('{') && hint.replace(PLACEHOLDER, '').indexOf('{') === -1);
}

/** The value of an `x-mock` hint: a vocabulary entry, or a template such as `sendbird_{pick:open|group}_channel_{hex:40}`. */
export function fillHint(hint: string, random: Random): string | number {
  const named = HINTS[hint];
  if (named) return named(random);
  return hint.replace(PLACEHOLDER, (_match, kind: string, argument: string) => {
    if (kind === 'pick') return random.pick(argument.split('|'));
    const length = Number(argument);
    return kind === 'hex' ? random.hex(length) : random.digits(length);
  });
}
