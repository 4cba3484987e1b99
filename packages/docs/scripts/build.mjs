// Build: dist/markdown is the generated Markdown as it is; dist/site is the site VitePress builds from it and from
// the guides (site/.vitepress/config.ts). Everything happens in a private folder under .build/ (a copy of site/, the
// staged pages, VitePress's temp files and output), so two builds at once never share files, and dist/ is
// replaced only when the site is complete. Prints how long it took.
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vitepress';
import { markdownDir, stageSite } from './stage-site.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');

const started = performance.now();
mkdirSync(join(root, '.build'), { recursive: true });
// Inside the package, so the copied config and theme resolve `vitepress` from the workspace's node_modules.
const work = mkdtempSync(join(root, '.build', 'site-'));
try {
  // The config finds its pages at ../../.site-pages from site/.vitepress: the same layout here as in the package.
  cpSync(join(root, 'site'), join(work, 'site'), {
    recursive: true,
    filter: (source) => !/[/\\]\.vitepress[/\\](\.temp|cache)$/.test(source),
  });
  stageSite(join(work, '.site-pages'));
  await build(join(work, 'site'), { outDir: join(work, 'out') });
  const next = join(work, 'dist');
  cpSync(markdownDir, join(next, 'markdown'), { recursive: true });
  renameSync(join(work, 'out'), join(next, 'site'));
  rmSync(dist, { recursive: true, force: true });
  renameSync(next, dist);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`@chat-webhooks/docs: dist/markdown and dist/site (VitePress) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
