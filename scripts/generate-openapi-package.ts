import { apiDocumentFileName, apiDocumentFiles } from './lib/build-api-documents.ts';
import { GENERATED_BANNER, runGenerator, type GeneratedFiles } from './lib/run-generator.ts';

// @chat-webhooks/openapi: the OpenAPI 3.1 and AsyncAPI 3.0 documents (scripts/lib/build-api-documents.ts), as JSON
// files (documents/) and as modules exporting them (all.ts for the root, vendors/<vendor>.ts per vendor).
await runGenerator('@chat-webhooks/openapi', 'packages/openapi', (catalog) => {
  const documents = apiDocumentFiles(catalog);
  const files: GeneratedFiles = new Map();
  for (const [name, document] of documents) files.set(`documents/${name}`, `${JSON.stringify(document, null, 2)}\n`);
  const module = (vendor: string | undefined, depth: string) => {
    const value = (kind: 'openapi' | 'asyncapi') => JSON.stringify(documents.get(apiDocumentFileName(kind, vendor)), null, 2);
    return (
      GENERATED_BANNER +
      `import type { AsyncApiDocument, OpenApiDocument } from '${depth}model.js';\n\n` +
      `export const openapi: OpenApiDocument = ${value('openapi')};\n\n` +
      `export const asyncapi: AsyncApiDocument = ${value('asyncapi')};\n`
    );
  };
  files.set('all.ts', module(undefined, '../'));
  for (const vendor of catalog.vendors) files.set(`vendors/${vendor.id}.ts`, module(vendor.id, '../../'));
  return files;
});
