// Stages the site's pages in `pagesDir` (.site-pages/ beside site/, git-ignored), the `srcDir` of site/.vitepress/config.ts:
// the generated Markdown reference with its `README.md` pages as `index.md`, the hand-written guides under guides/,
// and the OpenAPI and AsyncAPI documents under public/downloads/ (served as they are).
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
export const markdownDir = join(root, 'src/generated/markdown');
export const pagesDir = join(root, '.site-pages');

export function stageSite(target = pagesDir) {
  if (!existsSync(join(markdownDir, 'README.md'))) {
    throw new Error('@chat-webhooks/docs: src/generated/markdown/ is missing; run `npm run generate` first');
  }
  rmSync(target, { recursive: true, force: true });
  cpSync(markdownDir, target, { recursive: true });
  const rename = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) rename(join(dir, entry.name));
      else if (entry.name === 'README.md') renameSync(join(dir, entry.name), join(dir, 'index.md'));
    }
  };
  rename(target);
  mkdirSync(join(target, 'public'));
  renameSync(join(target, 'downloads'), join(target, 'public/downloads'));
  if (existsSync(join(target, 'guides')))
    throw new Error("@chat-webhooks/docs: the generated Markdown has a guides/ folder, which is the hand-written guides' place");
  cpSync(join(root, 'guides'), join(target, 'guides'), { recursive: true, filter: (source) => !/\/\.[^/]*$/.test(source) });
}
