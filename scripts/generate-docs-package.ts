import { apiDocumentFiles } from './lib/build-api-documents.ts';
import { buildDocsModel } from './lib/docs/build-docs-model.ts';
import { markdownPaths } from './lib/docs/paths.ts';
import { renderMarkdown } from './lib/docs/render-markdown.ts';
import { runGenerator, type GeneratedFiles } from './lib/run-generator.ts';

// @chat-webhooks/docs: ONE docs model built from the catalogue, rendered once, as Markdown, under markdown/;
// the OpenAPI and AsyncAPI documents beside it under markdown/downloads/. The package's own build turns this tree
// into the site (VitePress): nothing here knows about HTML.
await runGenerator('@chat-webhooks/docs', 'packages/docs', (catalog) => {
  const files: GeneratedFiles = new Map();
  for (const [path, content] of renderMarkdown(buildDocsModel(catalog))) files.set(`markdown/${path}`, content);
  // Built from the same catalogue as @chat-webhooks/openapi's.
  for (const [file, document] of apiDocumentFiles(catalog))
    files.set(`markdown/${markdownPaths.download(file)}`, `${JSON.stringify(document, null, 2)}\n`);
  return files;
});
