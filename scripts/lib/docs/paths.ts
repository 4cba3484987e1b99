/** Where each page lives, in the Markdown tree and in the site; links between pages are relative. */
export const markdownPaths = {
  index: 'README.md',
  project: 'project.md',
  vendor: (vendor: string) => `${vendor}/README.md`,
  event: (vendor: string, slug: string) => `${vendor}/${slug}.md`,
  /** From a vendor page or an event page to an event page of the same vendor. */
  eventFromVendor: (slug: string) => `${slug}.md`,
  /** From an event page to its vendor page. */
  vendorFromEvent: 'README.md',
};

export const sitePaths = {
  index: 'index.html',
  project: 'project.html',
  vendor: (vendor: string) => `${vendor}/index.html`,
  event: (vendor: string, slug: string) => `${vendor}/${slug}.html`,
  css: 'assets/site.css',
  js: 'assets/site.js',
  favicon: 'assets/favicon.svg',
  searchIndex: 'search-index.json',
  /** The same index as a script, for pages opened from file:// where fetch() is refused. */
  searchIndexScript: 'assets/search-index.js',
  /** The OpenAPI and AsyncAPI documents (`openapi.json`, `sendbird.asyncapi.json` ...). */
  download: (file: string) => `downloads/${file}`,
};
