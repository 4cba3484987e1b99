import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsdown';

// The package root, and one entry per vendor (`@chat-webhooks/zod/talkplus`): every generated vendor module.
// zod is a peer dependency, never bundled: the schemas must be the instances of the user's own zod.
const vendors = readdirSync(new URL('./src/generated/', import.meta.url)).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
export default defineConfig({
  entry: { index: 'src/index.ts', ...Object.fromEntries(vendors.map((file) => [file.slice(0, -'.ts'.length), `src/generated/${file}`])) },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  external: ['zod'],
});
