import { fileURLToPath } from 'node:url';
import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress';
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { describe, expect, it } from 'vitest';
import { escapeVueInterpolation } from '../site/.vitepress/markdown.js';

// VitePress compiles each page's HTML as a Vue template. A schema description is data: `{{x}}` in it must print as
// `{{x}}`, and `<script>` as text. The Markdown is written as the generator writes a description into a field table
// (`<` and `>` as character references, code spans in backticks).
const srcDir = fileURLToPath(new URL('../site/', import.meta.url));
const markdown = [
  '| Field | Description |',
  '|---|---|',
  '| `template` | Shows {{x}} and &lt;script&gt;alert(1)&lt;/script&gt;; the code `{{ user.name }}` and `<script>` too. |',
].join('\n');

/** The page as VitePress renders it (its own Markdown plugins, then `extra`), then as Vue renders that template. */
async function renderPage(extra?: (md: Parameters<typeof escapeVueInterpolation>[0]) => void): Promise<string> {
  disposeMdItInstance(); // VitePress keeps one renderer per process: each case makes its own
  const md = await createMarkdownRenderer(srcDir, extra ? { config: extra } : {});
  const html = md.render(markdown, { path: 'test.md', relativePath: 'test.md', cleanUrls: false });
  return renderToString(createSSRApp({ template: `<div>${html}</div>` }));
}

describe('Vue interpolation in page text', () => {
  it('prints {{x}} and <script> of a description as text', async () => {
    const page = await renderPage(escapeVueInterpolation);
    expect(page).toContain('Shows {{x}} and &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<code>{{ user.name }}</code>');
    expect(page).toContain('<code>&lt;script&gt;</code>');
    expect(page).not.toContain('<script>');
  });

  it('without the escaping, Vue evaluates the braces: `{{ user.name }}` fails the render', async () => {
    await expect(renderPage()).rejects.toThrow(/reading 'name'/);
  });
});
