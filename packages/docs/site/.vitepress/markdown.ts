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
    md.renderer.rules[rule] = (tokens, index, options, env, self) => render(tokens, index, options, env, self).replace(/[{}]/g, (brace) => (brace === '{' ? '&#123;' : '&#125;'));
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
        if (href !== null && !/^[a-z][a-z0-9+.-]*:/i.test(href)) token.attrSet('href', href.replace(/(^|\/)README\.md(?=#|$)/, '$1index.md'));
      }
    }
  });
}
