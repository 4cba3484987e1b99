import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsdown';

// Entry points: the package root, one per vendor (`./talkplus`) and one per event (`./talkplus/member_added`),
// so that a bundle importing one event's validator carries only that event.
const generated = new URL('./src/generated/', import.meta.url);
const entry: Record<string, string> = { index: 'src/index.ts' };
for (const vendor of readdirSync(generated, { withFileTypes: true }).filter((dirent) => dirent.isDirectory())) {
  entry[vendor.name] = `src/generated/${vendor.name}/index.ts`;
  for (const file of readdirSync(new URL(`${vendor.name}/`, generated))) {
    if (file.endsWith('.ts') && !file.endsWith('.ajv.ts') && file !== 'index.ts') entry[`${vendor.name}/${file.slice(0, -3)}`] = `src/generated/${vendor.name}/${file}`;
  }
}

// Declarations from oxc's isolated-declarations transform: fast and linear in the number of entries (a
// catalogue of 1,000 events has 2,000 of them), where the type-checker-based path stalls.
export default defineConfig({ entry, format: ['esm', 'cjs'], dts: { oxc: true }, platform: 'neutral' });
