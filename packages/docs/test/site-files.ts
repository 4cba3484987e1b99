import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built package (what is published and what `npm run serve` serves). */
export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
export const siteDir = join(distDir, 'site');
export const markdownDir = join(distDir, 'markdown');

export function assertBuilt(): void {
  if (!existsSync(join(siteDir, 'index.html')) || !existsSync(join(markdownDir, 'README.md'))) {
    throw new Error('@chat-webhooks/docs: dist/ is missing; run `npm run generate && npm run build` in packages/docs (turbo does it before `test`)');
  }
}

/** Every file under `dir`, by path relative to it (forward slashes) -> text. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string) => {
    for (const name of readdirSync(join(dir, relative)).sort()) {
      const path = relative ? `${relative}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else files.set(path, readFileSync(join(dir, path), 'utf8'));
    }
  };
  walk('');
  return files;
}

export function unescapeHtml(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (_match, entity: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[entity]!);
}

/** Every `id` of an HTML page. */
export function htmlIds(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => unescapeHtml(match[1]!));
}

/** `href` and `src` attribute values of an HTML page. */
export function htmlLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => unescapeHtml(match[1]!));
}

/** Targets of Markdown links `[text](target)` (not inside fenced code). */
export function markdownLinks(markdown: string): string[] {
  const outsideCode = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  return [...outsideCode.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

/** Explicit anchors of a Markdown page (`<a id="...">`). */
export function markdownIds(markdown: string): string[] {
  return [...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]!);
}

export function isExternal(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(link);
}

/** Resolves a relative link found in `fromPath` to [file path relative to the tree root, fragment]. */
export function resolveLink(fromPath: string, link: string): [string, string | undefined] {
  const [path = '', fragment] = link.split('#', 2);
  const file = path === '' ? fromPath : posix.normalize(posix.join(posix.dirname(fromPath), decodeURIComponent(path)));
  return [file, fragment === undefined ? undefined : decodeURIComponent(fragment)];
}

/** The outer HTML of the `<tag id="id">` element, nested elements of the same tag included; undefined when absent. */
export function elementById(html: string, id: string, tag: string): string | undefined {
  const start = html.indexOf(`<${tag} id="${id}"`);
  if (start === -1) return undefined;
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  pattern.lastIndex = start;
  let depth = 0;
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    depth += match[1] === '' ? 1 : -1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  return undefined;
}

/** Every field row of an event page: its id, its path and its outer HTML. */
export function fieldRows(html: string): { id: string; path: string; html: string }[] {
  return [...html.matchAll(/<tr id="(field-[^"]+)" data-path="([^"]+)"/g)].map((match) => ({ id: match[1]!, path: unescapeHtml(match[2]!), html: elementById(html, match[1]!, 'tr')! }));
}

export function textContent(html: string): string {
  return unescapeHtml(html.replace(/<[^>]*>/g, ''));
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Problems with the nesting of an HTML page's elements: every non-void element must be closed, in order.
 * Script and style contents are skipped. A stray `<` or `>` in text (an escaping bug) shows up here too.
 */
export function htmlNestingProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '').replace(/^<!doctype html>/i, '');
  for (const match of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>|[<>]/g)) {
    if (match[2] === undefined) {
      problems.push(`a bare "${match[0]}" at offset ${match.index}: ${JSON.stringify(body.slice(Math.max(0, match.index - 40), match.index + 40))}`);
      continue;
    }
    const name = match[2].toLowerCase();
    if (VOID_ELEMENTS.has(name) || match[0].endsWith('/>')) continue;
    if (match[1] === '') {
      stack.push(name);
      continue;
    }
    const open = stack.pop();
    if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at offset ${match.index}`);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}
