/** A section of the local search index (VitePress's `PageSplitSection`, which the package does not export). */
export interface SearchSection {
  anchor?: string;
  /** Parent headings, then the section's own title. */
  titles: string[];
  text: string;
}

/**
 * The local search index's sections of a page (VitePress's `miniSearch._splitIntoSections`). Like VitePress's own
 * splitter, one section per heading, titled by its parent headings; besides, every row of a field table
 * (`<a id="field-...">` or `<a id="answer-...">` in its first cell) is a section of its own, titled by its path and
 * pointing at its anchor, so a search for `channel.members` or `operationType` lands on the row, not on "Fields".
 * A heading that carries an explicit anchor (`### <a id="type-TalkplusChannel"></a>...`) is indexed under that
 * anchor, the one the pages link to.
 */
export function* searchSections(html: string): Generator<SearchSection> {
  const parts = html.split(HEADING);
  const parents: string[] = [];
  // parts: [before the first heading, level, heading HTML, content, level, heading HTML, content, ...]
  for (let index = 1; index + 2 < parts.length; index += 3) {
    const level = Number(parts[index]) - 1;
    const heading = parts[index + 1]!;
    const title = text(heading.replace(HEADER_ANCHOR, ''));
    const anchor = EXPLICIT_ANCHOR.exec(heading)?.[1] ?? HEADER_ANCHOR_HREF.exec(heading)?.[1];
    if (!title) continue;
    parents.length = level;
    parents[level] = title;
    const titles = parents.filter(Boolean);
    const content = parts[index + 2]!;
    const own = text(content.replace(FIELD_ROW, ''));
    yield anchor === undefined ? { titles, text: own } : { anchor, titles, text: own };
    for (const row of content.matchAll(FIELD_ROW)) {
      const [, id, pathCell, rest] = row as unknown as [string, string, string, string];
      const cells = [...rest.matchAll(CELL)].map((cell) => cell[1]!);
      // The type and the description; "yes"/"no" of the flags would only add noise.
      yield { anchor: id, titles: [...titles, text(pathCell)], text: text(`${cells[0] ?? ''} ${cells.at(-1) ?? ''}`) };
    }
  }
}

const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g;
/** The theme's permalink in a heading (`<a class="header-anchor" href="#fields" ...>&ZeroWidthSpace;</a>`). */
const HEADER_ANCHOR = /<a class="header-anchor"[^>]*>[\s\S]*?<\/a>/g;
const HEADER_ANCHOR_HREF = /<a class="header-anchor" href="#([^"]+)"/;
const EXPLICIT_ANCHOR = /^\s*<a id="([^"]+)"><\/a>/;
const FIELD_ROW = /<tr>\s*<td><a id="((?:field|answer)-[^"]+)"><\/a>([\s\S]*?)<\/td>([\s\S]*?)<\/tr>/g;
const CELL = /<td[^>]*>([\s\S]*?)<\/td>/g;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', apos: "'", nbsp: ' ' };

/** The text of an HTML fragment: tags dropped (a cell, paragraph or line break leaves a space), references decoded. */
function text(html: string): string {
  return html
    .replace(/<(?:br|\/(?:p|td|th|li|tr|div|pre|h[1-6]))\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
    })
    .replace(/\s+/g, ' ')
    .trim();
}
