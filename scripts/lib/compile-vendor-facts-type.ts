import { readFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const metaSchemaUrl = new URL('../vendor.schema.json', import.meta.url);

/**
 * TypeScript declarations of `VendorFacts` (and its parts), compiled from scripts/vendor.schema.json: the one
 * schema we own is the only place its shape is written, for the scripts and the published package alike.
 */
export async function compileVendorFactsType(): Promise<string> {
  const metaSchema = JSON.parse(readFileSync(metaSchemaUrl, 'utf8')) as Record<string, unknown>;
  // `$schema` in vendor.json only points editors at the meta-schema; the loader drops it, so the type omits it.
  const { $schema: _editorHint, ...properties } = metaSchema.properties as Record<string, unknown>;
  const declarations = await compile({ ...metaSchema, properties } as never, 'VendorFacts', {
    bannerComment: '',
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  return `// Generated from scripts/vendor.schema.json. Do not edit: edit the meta-schema and run \`npm run generate\`.\n${declarations}`;
}
