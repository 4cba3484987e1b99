import { buildDocsModel } from './lib/docs/build-docs-model.ts';
import { renderHtml } from './lib/docs/render-html.ts';
import { renderMarkdown } from './lib/docs/render-markdown.ts';
import { runGenerator, type GeneratedFiles } from './lib/run-generator.ts';

// @chat-webhooks/docs: ONE docs model built from the catalogue, rendered twice over the same model:
// Markdown (for GitHub and other doc tools) under markdown/, a static site (HTML, CSS, JS, search index) under site/.
await runGenerator('@chat-webhooks/docs', 'packages/docs', (catalog) => {
  const model = buildDocsModel(catalog);
  const files: GeneratedFiles = new Map();
  for (const [path, content] of renderMarkdown(model)) files.set(`markdown/${path}`, content);
  for (const [path, content] of renderHtml(model)) files.set(`site/${path}`, content);
  return files;
});
