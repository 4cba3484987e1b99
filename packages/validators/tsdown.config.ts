import { readdirSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'tsdown';

// Entry points: the package root, one per vendor (`./talkplus`) and one per event (`./talkplus/member_added`),
// so that a bundle importing one event's validator carries only that event.
const generated = new URL('./src/generated/', import.meta.url);
const vendors = readdirSync(generated, { withFileTypes: true })
  .filter((dirent) => dirent.isDirectory() && dirent.name !== 'declarations')
  .map((dirent) => dirent.name);
const events: Record<string, string> = {};
for (const vendor of vendors) {
  for (const file of readdirSync(new URL(`${vendor}/`, generated))) {
    if (file.endsWith('.ts') && !/\.(explain|check)\.ts$/.test(file) && file !== 'index.ts')
      events[`${vendor}/${file.slice(0, -3)}`] = `src/generated/${vendor}/${file}`;
  }
}

// Declarations from oxc's isolated-declarations transform, which needs no type-checker. Minified, since Node
// parses every byte at import: the root entry is 187 KB so, 234 KB with whitespace removed only (0.5-1 ms of
// cold start apart here, bench/cold-start.ts), 300 KB as written. Function and class names stay, for readable
// stack traces and `.name`; only local names are shortened.
const shared: UserConfig = {
  format: ['esm', 'cjs'],
  dts: { oxc: true },
  platform: 'neutral',
  minify: { compress: true, mangle: { keepNames: true }, codegen: { removeWhitespace: true } },
};

// The root and each vendor entry are built alone, so each is one self-contained file: in Node, every module
// a cold start loads costs about a millisecond, more than parsing a vendor's code (bench/cold-start.ts).
// The per-event entries are built together and share the package core; their declarations are generated
// with them (src/generated/declarations/) and copied, because bundling declarations for thousands of entry
// points stalls the build.
export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' } },
  ...vendors.map((vendor): UserConfig => ({ ...shared, entry: { [vendor]: `src/generated/${vendor}/index.ts` } })),
  {
    ...shared,
    entry: events,
    // Not minified: oxc's minifier drops the `/* @__PURE__ */` marks, without which a bundler keeps every
    // event export (the explainer, the Standard Schema) even when only `is<Type>` is imported. These files are
    // small, so their parse time barely moves, and the bundler that imports them minifies them anyway.
    minify: false,
    dts: false,
    copy: vendors.map((vendor) => ({ from: `src/generated/declarations/${vendor}/*`, to: `dist/${vendor}` })),
  },
]);
