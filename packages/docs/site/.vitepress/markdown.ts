import type { MarkdownRenderer } from 'vitepress';

/**
 * VitePress compiles every page's HTML as a Vue template, so `{{ ... }}` in text or inline code would be evaluated
 * (and vanish, or break the build). Schema descriptions and examples are data, never templates: braces in text and
 * inline code are written as character references, which Vue prints as they are. Fenced code is already `v-pre`.
 * (`<` and `>` need nothing here: markdown-it escapes them in text, and the generator writes them as `&lt;`/`&gt;`.)
 */
export function escapeVueInterpolation(md: MarkdownRenderer): void {
  for (const rule of ['text', 'code_inline'] as const) {
    const render = md.renderer.rules[rule]!;
    md.renderer.rules[rule] = (tokens, index, options, env, self) =>
      render(tokens, index, options, env, self).replace(/[{}]/g, (brace) => (brace === '{' ? '&#123;' : '&#125;'));
  }
}

/**
 * The generated Markdown names its index pages `README.md` (what GitHub shows for a folder); the site serves them
 * as `index.html`. The pages are staged under that name (scripts/stage-site.mjs), and links to them follow here.
 */
export function linkReadmeAsIndex(md: MarkdownRenderer): void {
  md.core.ruler.push('readme-as-index', (state) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type !== 'link_open') continue;
        const href = token.attrGet('href');
        if (href !== null && !/^[a-z][a-z0-9+.-]*:/i.test(href))
          token.attrSet('href', href.replace(/(^|\/)README\.md(?=#|$)/, '$1index.md'));
      }
    }
  });
}

/** A field path's link (`[`channel.members[].id`](#field-channel-members-id)`), in a field table or a "Used at" list. */
const FIELD_LINK = /^#(?:field|answer)-/;

/** Where a code span's text may wrap (a `<wbr>`), by the kind the `field-tables` rule gave it. */
const BREAKS: Record<string, RegExp> = {
  // Before each `.` of a path: `channel` `.members[]` `.id`.
  fieldPath: /(?=\.)/g,
  // Inside a long type name or value: `NexconnOpenChannel` `Metadata`, `"alert:` `user_` `message...`.
  typeName: /(?<=[a-z])(?=[A-Z])|(?<=[:_])(?=\w)/g,
};

/**
 * Field tables (the generator heads them `Field | Type | ...`) get the class `field-table`, which custom.css lays
 * out to fit the page. A field path may wrap before each `.`, a type inside a long name (a `<wbr>`: nothing is added
 * to the text a reader copies or searches), so neither widens its column past what the description needs.
 */
export function fieldTables(md: MarkdownRenderer): void {
  md.core.ruler.push('field-tables', (state) => {
    const { tokens } = state;
    let inFieldTable = false;
    let column = 0;
    tokens.forEach((token, index) => {
      if (token.type === 'table_open') {
        // table_open thead_open tr_open th_open inline(first heading)
        const firstHeading = tokens[index + 4];
        inFieldTable = firstHeading?.type === 'inline' && firstHeading.content === 'Field';
        if (inFieldTable) token.attrJoin('class', 'field-table');
      }
      if (token.type === 'tr_open') column = 0;
      if (token.type === 'td_open') column++;
      const children = token.children ?? [];
      children.forEach((child, at) => {
        const next = children[at + 1];
        if (child.type === 'link_open' && FIELD_LINK.test(child.attrGet('href') ?? '') && next?.type === 'code_inline')
          next.meta = { ...next.meta, wrap: 'fieldPath' };
        if (inFieldTable && column === 2 && child.type === 'code_inline') child.meta = { ...child.meta, wrap: 'typeName' };
      });
    });
  });
  // VitePress renders every table_open as `<table tabindex="0">`, dropping the token's attributes.
  const renderTable = md.renderer.rules.table_open;
  md.renderer.rules.table_open = (tokens, index, options, env, self) => {
    const html = renderTable ? renderTable(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    return tokens[index]!.attrGet('class') === 'field-table' && !html.includes('field-table')
      ? html.replace(/^<table\b/, '<table class="field-table"')
      : html;
  };
  const renderCode = md.renderer.rules.code_inline!;
  md.renderer.rules.code_inline = (tokens, index, options, env, self) => {
    const html = renderCode(tokens, index, options, env, self);
    const breaks = BREAKS[tokens[index]!.meta?.wrap as string];
    if (!breaks) return html;
    // In the code's text only (between `<code>` and `</code>`), never in its markup or in a character reference.
    const wrap = (text: string) =>
      text
        .split(/(&[#\w]+;)/)
        .map((part, at) => (at % 2 === 1 ? part : part.replace(breaks, '<wbr>')))
        .join('');
    return html.replace(/^(<code[^>]*>)(.*)(<\/code>)$/s, (_match, open: string, text: string, close: string) => open + wrap(text) + close);
  };
}
