import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built package (what is published and what `npm run serve` serves). */
export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
export const siteDir = join(distDir, 'site');
export const markdownDir = join(distDir, 'markdown');
/** The hand-written guides, the source of the site's /guides/ pages. */
export const guidesDir = fileURLToPath(new URL('../guides/', import.meta.url));

export function assertBuilt(): void {
  if (!existsSync(join(siteDir, 'index.html')) || !existsSync(join(markdownDir, 'README.md'))) {
    throw new Error(
      '@chat-webhooks/docs: dist/ is missing; run `npm run generate && npm run build` in packages/docs (turbo does it before `test`)',
    );
  }
}

/** Every text file under `dir` (fonts and images left out), by path relative to it (forward slashes) -> text. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string) => {
    for (const name of readdirSync(join(dir, relative)).sort()) {
      const path = relative ? `${relative}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else files.set(path, /\.(woff2?|png|ico)$/.test(name) ? '' : readFileSync(join(dir, path), 'utf8'));
    }
  };
  walk('');
  return files;
}

export function unescapeHtml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|#39|amp|#123|#125);/g,
    (_match, entity: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&', '#123': '{', '#125': '}' })[entity]!,
  );
}

/** The page's own markup: VitePress's inline scripts (page data, theme boot) left out. */
export function pageBody(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script>/g, '');
}

/** Every `id` of an HTML page. */
export function htmlIds(html: string): string[] {
  return [...pageBody(html).matchAll(/\sid="([^"]*)"/g)].map((match) => unescapeHtml(match[1]!));
}

/** `href` and `src` attribute values of an HTML page (outside its scripts). */
export function htmlLinks(html: string): string[] {
  return [...pageBody(html).matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => unescapeHtml(match[1]!));
}

/** Targets of Markdown links `[text](target)` (not inside fenced code). */
export function markdownLinks(markdown: string): string[] {
  const outsideCode = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  return [...outsideCode.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

/** Explicit anchors of a Markdown page (`<a id="...">`). */
export function markdownAnchors(markdown: string): string[] {
  return [...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]!);
}

/** The anchors GitHub gives a Markdown page's headings: `## Source addresses` -> `source-addresses` (fenced code left out). */
export function markdownHeadingIds(markdown: string): string[] {
  const outsideCode = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  return [...outsideCode.matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
    match[1]!
      .replace(/<[^>]*>/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-'),
  );
}

/** Every anchor a link into a Markdown page may name: its explicit anchors and its headings'. */
export function markdownIds(markdown: string): string[] {
  return [...markdownAnchors(markdown), ...markdownHeadingIds(markdown)];
}

/** The values that occur more than once in a list. */
export function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

export function isExternal(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(link);
}

/** Resolves a link found in `fromPath` (absolute from the site's root, or relative) to [file path relative to the tree root, fragment]. */
export function resolveLink(fromPath: string, link: string): [string, string | undefined] {
  const [path = '', fragment] = link.split('#', 2);
  let file =
    path === ''
      ? fromPath
      : path.startsWith('/')
        ? decodeURIComponent(path.slice(1))
        : posix.normalize(posix.join(posix.dirname(fromPath), decodeURIComponent(path)));
  file = file.replace(/^\.\//, '');
  if (file === '' || file === '.' || file.endsWith('/')) file = `${file === '.' ? '' : file}index.html`;
  return [file, fragment === undefined ? undefined : decodeURIComponent(fragment)];
}

/** Every field row of a page (`field-` or `answer-` anchors): its id, its path and its outer HTML. */
export function fieldRows(html: string, prefix = 'field-'): { id: string; path: string; html: string }[] {
  const rows = pageBody(html).match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
  return rows.flatMap((row) => {
    // The site may break a path before a `.` (`channel<wbr>.members`): a <wbr> is no part of the path.
    const match = new RegExp(`^<tr><td><a id="(${prefix}[^"]+)"></a><a href="#\\1"><code>((?:[^<]|<wbr>)+)</code></a></td>`).exec(row);
    return match ? [{ id: match[1]!, path: unescapeHtml(match[2]!.replaceAll('<wbr>', '')), html: row }] : [];
  });
}

/** The `<td>` cells of a table row, as text. */
export function cells(rowHtml: string): string[] {
  return [...rowHtml.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((match) => textContent(match[1]!));
}

export function textContent(html: string): string {
  return unescapeHtml(html.replace(/<[^>]*>/g, ''));
}
