import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DefaultTheme } from 'vitepress';

/** The first `# ` heading of a page, code backticks dropped: `` # `open_channel:create` `` -> `open_channel:create`. */
function pageTitle(file: string): string {
  const heading = /^# (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? file;
  return heading.replace(/`/g, '').trim();
}

/** `.md` pages of a folder, index first, then by file name. */
function pages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
  return files.sort((a, b) => Number(b === 'index.md') - Number(a === 'index.md') || a.localeCompare(b));
}

/** The staged pages' folders that are vendors: every folder with an index page, but the guides. */
export function vendorFolders(pagesDir: string): string[] {
  return readdirSync(pagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'guides' && existsSync(join(pagesDir, entry.name, 'index.md')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * One sidebar for every page, built from the staged pages themselves: the reference, the guides, then each vendor
 * with its events (collapsed but for the vendor of the page on screen).
 */
export function sidebar(pagesDir: string): DefaultTheme.SidebarItem[] {
  const link = (folder: string, file: string) =>
    `/${folder ? `${folder}/` : ''}${file === 'index.md' ? '' : file.replace(/\.md$/, '.html')}`;
  return [
    {
      text: 'Reference',
      items: [
        { text: 'Vendors and events', link: '/' },
        { text: 'The project', link: '/project.html' },
      ],
    },
    {
      text: 'Guides',
      items: pages(join(pagesDir, 'guides')).map((file) => ({
        text: pageTitle(join(pagesDir, 'guides', file)),
        link: link('guides', file),
      })),
    },
    ...vendorFolders(pagesDir).map((vendor) => ({
      text: pageTitle(join(pagesDir, vendor, 'index.md')).replace(/ webhooks$/, ''),
      link: `/${vendor}/`,
      collapsed: true,
      items: pages(join(pagesDir, vendor))
        .filter((file) => file !== 'index.md')
        .map((file) => ({ text: pageTitle(join(pagesDir, vendor, file)), link: link(vendor, file) })),
    })),
  ];
}
