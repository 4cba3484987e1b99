import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitepress';
import { escapeVueInterpolation, fieldTables, linkReadmeAsIndex } from './markdown.js';
import { searchSections } from './search-sections.js';
import { sidebar } from './sidebar.js';

// The site of @chat-webhooks/docs: the generated Markdown reference and the hand-written guides, staged together
// in ../../.site-pages by scripts/stage-site.mjs; scripts/build.mjs builds them into dist/site. Nothing is fetched from another origin:
// the default theme's font is bundled, search is VitePress's local (MiniSearch) index.
const pagesDir = fileURLToPath(new URL('../../.site-pages/', import.meta.url));
/** `<vendor>/<event>.md`: every staged page in a folder but the guides and the vendors' index pages. */
const EVENT_PAGE = /^(?!guides\/)[^/]+\/(?!index\.md$)[^/]+\.md$/;

export default defineConfig({
  title: 'chat-webhooks',
  titleTemplate: ':title · chat-webhooks',
  description: 'Reference of every Sendbird, TalkPlus and Nexconn webhook event, generated from canonical JSON Schemas.',
  lang: 'en',
  srcDir: pagesDir,
  // scripts/build.mjs builds in a private folder and moves the result to dist/site; this is for a build by hand.
  outDir: fileURLToPath(new URL('../../.site-out/', import.meta.url)),
  cacheDir: fileURLToPath(new URL('../../node_modules/.cache/vitepress/', import.meta.url)),
  // Page URLs stay `<vendor>/<event>.html`, as links and bookmarks into the reference have always been.
  cleanUrls: false,
  // A link to a page that does not exist fails the build.
  ignoreDeadLinks: false,
  lastUpdated: false,
  // An inline icon: without one the browser asks for /favicon.ico, which the site does not have.
  head: [
    [
      'link',
      {
        rel: 'icon',
        href: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ctext y='13' font-size='13'%3E%7B%7D%3C/text%3E%3C/svg%3E",
      },
    ],
  ],
  markdown: {
    theme: { light: 'github-light', dark: 'github-dark' },
    config(md) {
      escapeVueInterpolation(md);
      linkReadmeAsIndex(md);
      fieldTables(md);
    },
  },
  // An event page is mostly its field table: it gets the width the right-hand outline would take (the outline stays
  // in the bar under the navigation, "On this page"), and the class `event-page` for custom.css.
  transformPageData(pageData) {
    if (!EVENT_PAGE.test(pageData.relativePath)) return;
    pageData.frontmatter.aside = false;
    pageData.frontmatter.pageClass = 'event-page';
  },
  themeConfig: {
    nav: [
      { text: 'Reference', link: '/', activeMatch: '^/(?!guides/)' },
      { text: 'Guides', link: '/guides/', activeMatch: '^/guides/' },
      { text: 'The project', link: '/project.html' },
    ],
    sidebar: sidebar(pagesDir),
    outline: { level: [2, 3], label: 'On this page' },
    // Every field row is a section of the index of its own: a search for a field lands on its row.
    search: { provider: 'local', options: { miniSearch: { _splitIntoSections: (_file, html) => searchSections(html) } } },
    footer: { message: 'Generated from the canonical JSON Schemas in schemas/. Edit a schema, not a page.' },
  },
});
