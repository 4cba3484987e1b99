/** Text helpers of the Markdown renderer: descriptions are plain text with `code` spans, nothing else. */

/** Splits text into the parts `pattern` (global, one capture group) matches, by their capture, and the parts between. */
function splitByPattern(text: string, pattern: RegExp): { matched: boolean; text: string }[] {
  const parts: { matched: boolean; text: string }[] = [];
  let last = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index > last) parts.push({ matched: false, text: text.slice(last, match.index) });
    parts.push({ matched: true, text: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ matched: false, text: text.slice(last) });
  return parts;
}

/** Splits text into plain parts and `code` spans (an unmatched backtick stays plain text). */
export function splitCodeSpans(text: string): { code: boolean; text: string }[] {
  return splitByPattern(text, /`([^`]+)`/g).map(({ matched, text: part }) => ({ code: matched, text: part }));
}

/** A description as Markdown: characters Markdown or HTML would interpret are escaped outside code spans. */
export function inlineMarkdown(text: string, options: { inTable?: boolean } = {}): string {
  return splitCodeSpans(text)
    .map((part) => {
      if (part.code) return codeSpanMarkdown(part.text, options);
      const escaped = part.text
        .replace(/[\\*[\]|`]/g, (char) => `\\${char}`)
        // An underscore inside a word never starts emphasis (GFM): escape only those at a word boundary.
        .replace(/_/g, (char, at: number, whole: string) =>
          /[A-Za-z0-9]/.test(whole[at - 1] ?? '') && /[A-Za-z0-9]/.test(whole[at + 1] ?? '') ? char : '\\_',
        )
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
      return options.inTable ? escaped.replace(/\r?\n/g, ' ') : escaped;
    })
    .join('');
}

/** `text` as a Markdown code span; in a table, `|` is escaped (GFM reads it as a cell border even in code). */
export function codeSpanMarkdown(text: string, options: { inTable?: boolean } = {}): string {
  const body = options.inTable ? text.replaceAll('|', '\\|') : text;
  const fence = body.includes('`') ? '``' : '`';
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Splits a type string (`TalkplusMessage | null`) into the named types it mentions and the rest, for links. */
export function typeTokens(type: string, refs: readonly string[]): { ref: boolean; text: string }[] {
  if (refs.length === 0) return [{ ref: false, text: type }];
  const names = [...refs].sort((a, b) => b.length - a.length).map((ref) => ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
  return splitByPattern(type, pattern).map(({ matched, text }) => ({ ref: matched, text }));
}
