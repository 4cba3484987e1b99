import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsdown';

// The package root (every vendor), one entry per vendor (`@chat-webhooks/openapi/sendbird`), and the documents
// themselves as plain JSON files beside them (`@chat-webhooks/openapi/sendbird.openapi.json`), for tools that read files.
const vendors = readdirSync(new URL('./src/generated/vendors/', import.meta.url)).filter((file) => file.endsWith('.ts'));
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(vendors.map((file) => [file.slice(0, -'.ts'.length), `src/generated/vendors/${file}`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  copy: [{ from: 'src/generated/documents/*.json', to: 'dist', flatten: true }],
});
