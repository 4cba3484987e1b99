import type { Snippet } from './build-docs-model.ts';
import { escapeHtml } from './text.ts';

/**
 * A few token classes per language, enough to make snippets and payloads readable. Done at generation
 * time, so the site needs no highlighting library; the HTML is escaped token by token.
 */
const GRAMMARS: Record<Snippet['language'], { pattern: RegExp; classes: string[] }> = {
  json: {
    // key, string, number, literal
    pattern: /("(?:[^"\\\n]|\\.)*")(?=\s*:)|("(?:[^"\\\n]|\\.)*")|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b/g,
    classes: ['tok-key', 'tok-string', 'tok-number', 'tok-literal'],
  },
  ts: {
    // comment, string, keyword, number
    pattern: /(\/\/[^\n]*)|('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")|\b(import|export|type|from|const|let|if|else|return|await|async|function|new|true|false|null|undefined)\b|(\b\d+(?:\.\d+)?\b)/g,
    classes: ['tok-comment', 'tok-string', 'tok-keyword', 'tok-number'],
  },
  sh: {
    // comment, command
    pattern: /(#[^\n]*)|^(npm|npx|node)\b/gm,
    classes: ['tok-comment', 'tok-keyword'],
  },
};

export function highlight(snippet: Snippet): string {
  const { pattern, classes } = GRAMMARS[snippet.language];
  let html = '';
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(snippet.code); match !== null; match = pattern.exec(snippet.code)) {
    if (match[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    const group = match.slice(1).findIndex((value) => value !== undefined);
    html += escapeHtml(snippet.code.slice(last, match.index));
    html += `<span class="${classes[group]}">${escapeHtml(match[0])}</span>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(snippet.code.slice(last));
}
