/**
 * The heuristic behind drift's timestamp-unit findings: an integer field that is a point in time, whose schema
 * states one unit, while deliveries carry values only another unit makes plausible. Vendors document
 * milliseconds and send seconds (VENDORS.md: Sendbird, TalkPlus); a type change cannot say that, a description can.
 *
 * Thresholds, chosen so that any date from 2001-09-09 to the year 5138 falls in exactly one band and nothing
 * between the bands is judged:
 *   seconds       10^9  <= value < 10^11
 *   milliseconds  10^12 <= value < 10^14
 *   microseconds  10^15 <= value < 10^17
 * Anything else (0, small counters, negative, the gaps) has no unit: it is never a finding.
 */
export type TimeUnit = 'seconds' | 'milliseconds' | 'microseconds';

const BANDS: readonly (readonly [TimeUnit, number, number])[] = [
  ['seconds', 1e9, 1e11],
  ['milliseconds', 1e12, 1e14],
  ['microseconds', 1e15, 1e17],
];

/** The unit whose band holds `value`, or undefined when the magnitude says nothing. */
export function unitOfValue(value: number): TimeUnit | undefined {
  if (!Number.isInteger(value)) return undefined;
  return BANDS.find(([, from, to]) => value >= from && value < to)?.[0];
}

/** The moment `value` is in `unit`, as ISO 8601: what a reader of the report checks the guess against. */
export function asDate(value: number, unit: TimeUnit): string {
  const ms = unit === 'seconds' ? value * 1000 : unit === 'milliseconds' ? value : Math.floor(value / 1000);
  return new Date(ms).toISOString();
}

// Word-bounded, so that "milliseconds" never counts as "seconds". "us" is not a unit word: it is English.
const UNIT_WORDS: readonly (readonly [TimeUnit, RegExp])[] = [
  ['milliseconds', /\bmilli(?:second)?s?\b|\bms\b/i],
  ['seconds', /\bseconds?\b|\bsecs?\b/i],
  ['microseconds', /\bmicro(?:second)?s?\b|\bµs\b/i],
];

/** Every unit a description names: one is a statement, several already say that the unit varies. */
export function unitsInDescription(description: string | undefined): Set<TimeUnit> {
  return new Set(description === undefined ? [] : UNIT_WORDS.filter(([, words]) => words.test(description)).map(([unit]) => unit));
}

// A unit spelled at the end of a name: `sent_at_ms`, `createdAtMs`, `expiry_seconds`.
const NAME_UNITS: readonly (readonly [TimeUnit, RegExp])[] = [
  ['milliseconds', /(?:_ms|Ms|_millis|Millis)$/],
  ['seconds', /(?:_secs?|Secs?|_seconds|Seconds)$/],
  ['microseconds', /(?:_us|Us|_micros|Micros)$/],
];

/** The unit a property name ends with, if any. */
export function unitInName(name: string | undefined): TimeUnit | undefined {
  return name === undefined ? undefined : NAME_UNITS.find(([, suffix]) => suffix.test(name))?.[0];
}

// A point in time by its name: `created_at`, `createdAt`, `time`, `ts`, `sentTime`, `signTimestamp`.
// snake_case or a whole word, any case; camelCase only where the capital marks a word (`chat` is not `*At`).
const TIMESTAMP_NAME = [/(?:^|_)(?:at|time|ts|timestamp|date)$/i, /[a-z0-9](?:At|Time|Ts|Timestamp|Date)$/];
const TIMESTAMP_WORDS = /\b(?:unix|epoch|timestamps?)\b/i;

/**
 * Whether a field is a point in time (not a duration, which may be any size in any unit): its name, a unit suffix
 * taken off, reads as one, or one of its descriptions speaks of Unix time, the epoch or a timestamp.
 */
export function isTimestamp(name: string | undefined, descriptions: (string | undefined)[]): boolean {
  const bare = name?.replace(/_?(?:ms|Ms|millis|Millis|secs?|Secs?|seconds|Seconds|us|Us|micros|Micros)$/, '');
  return (
    (bare !== undefined && bare !== '' && TIMESTAMP_NAME.some((pattern) => pattern.test(bare))) ||
    descriptions.some((text) => text !== undefined && TIMESTAMP_WORDS.test(text))
  );
}
