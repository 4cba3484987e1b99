import { apiDocumentFiles } from './lib/build-api-documents.ts';
import { buildDocsModel } from './lib/docs/build-docs-model.ts';
import { sitePaths } from './lib/docs/paths.ts';
import { renderHtml } from './lib/docs/render-html.ts';
import { renderMarkdown } from './lib/docs/render-markdown.ts';
import { runGenerator, type GeneratedFiles } from './lib/run-generator.ts';

// @chat-webhooks/docs: ONE docs model built from the catalogue, rendered twice over the same model:
// Markdown (for GitHub and other doc tools) under markdown/, a static site (HTML, CSS, JS, search index) under site/,
// with the OpenAPI and AsyncAPI documents under site/downloads/.
await runGenerator('@chat-webhooks/docs', 'packages/docs', (catalog) => {
  const model = buildDocsModel(catalog);
  const files: GeneratedFiles = new Map();
  for (const [path, content] of renderMarkdown(model)) files.set(`markdown/${path}`, content);
  for (const [path, content] of renderHtml(model)) files.set(`site/${path}`, content);
  // The OpenAPI and AsyncAPI documents as downloads, built from the same catalogue as @chat-webhooks/openapi's.
  for (const [file, document] of apiDocumentFiles(catalog)) files.set(`site/${sitePaths.download(file)}`, `${JSON.stringify(document, null, 2)}\n`);
  return files;
});
