/**
 * The moderation rules of this example, apart from HTTP: reading a message's text out of Nexconn's `content`
 * string, and the two checks (phone numbers, a word blocklist). Deliberately small: a real deployment would
 * call a moderation service too (see `moderate` in app.ts).
 */

/** Message types whose `content` decodes to `{ "content": "<the text>" }`. */
const TEXT_MESSAGE_TYPES = new Set(['RC:TxtMsg']);

/** Longer texts are only checked up to here: a message body is small, and the rules stay cheap on hostile input. */
const MAX_TEXT_LENGTH = 10_000;

/**
 * The text of a pending message, or undefined when it has none to check. `content` is a JSON-encoded string
 * (`{"content":"hello"}` for `RC:TxtMsg`); it may be missing, not JSON (custom message types), or JSON of another
 * shape: none of that throws. Messages of other known types (images, files ...) carry no text worth checking, and
 * their base64 thumbnails would look like anything; a message without a type is read like a text message.
 */
export function messageText(message: { messageType?: string; content?: string }): string | undefined {
  if (message.messageType !== undefined && !TEXT_MESSAGE_TYPES.has(message.messageType)) return undefined;
  if (typeof message.content !== 'string') return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(message.content);
  } catch {
    return undefined;
  }
  if (typeof decoded === 'object' && decoded !== null && !Array.isArray(decoded)) {
    const text = (decoded as Record<string, unknown>).content;
    return typeof text === 'string' ? text : undefined;
  }
  return undefined;
}

/**
 * Runs of digits and the separators people type between them (`+82 10-1234-5678`, `(555) 123.4567`), a digit at
 * each end. Linear: the run is one character class, no nested quantifiers.
 */
const DIGIT_RUN = /\+?\d[\d\s().-]*\d/gu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Whether `text` holds something that reads as a phone number: 8 to 15 digits in one run (E.164 allows 15). */
export function containsPhoneNumber(text: string): boolean {
  for (const [run] of normalise(text).matchAll(DIGIT_RUN)) {
    const digits = run.replace(/\D/gu, '').length;
    if (digits >= 8 && digits <= 15 && !ISO_DATE.test(run.trim())) return true;
  }
  return false;
}

/**
 * A check for `words` (case-insensitive, whole words or phrases): returns the first one found in a text, or
 * undefined. Letters and digits on either side make it another word (`scampi` does not hold `scam`).
 */
export function blocklistMatcher(words: readonly string[]): (text: string) => string | undefined {
  const listed = words.map((word) => normalise(word).trim()).filter((word) => word.length > 0);
  if (listed.length === 0) return () => undefined;
  const escaped = listed.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return (text) => {
    const found = pattern.exec(normalise(text));
    return found ? found[0].toLowerCase().replace(/\s+/gu, ' ') : undefined;
  };
}

/** Full-width digits and letters (`０１０`, `ｃａｓｉｎｏ`) read as their plain forms, so they cannot slip past. */
function normalise(text: string): string {
  return text.slice(0, MAX_TEXT_LENGTH).normalize('NFKC');
}

/** The reason to block `text` under the local rules, or undefined to let it through. */
export function localVerdict(text: string, blocked: (text: string) => string | undefined): string | undefined {
  if (containsPhoneNumber(text)) return 'phone numbers are not allowed';
  const word = blocked(text);
  return word === undefined ? undefined : `blocked word: ${word}`;
}
