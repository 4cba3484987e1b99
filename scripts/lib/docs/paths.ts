/**
 * Where each page lives in the Markdown tree; links between pages are relative, so the tree reads the same on
 * GitHub and as the source of the site (@chat-webhooks/docs builds it with VitePress, `README.md` served as `index`).
 */
export const markdownPaths = {
  index: 'README.md',
  project: 'project.md',
  vendor: (vendor: string) => `${vendor}/README.md`,
  event: (vendor: string, slug: string) => `${vendor}/${slug}.md`,
  /** From a vendor page or an event page to an event page of the same vendor. */
  eventFromVendor: (slug: string) => `${slug}.md`,
  /** From an event page to its vendor page. */
  vendorFromEvent: 'README.md',
  /** The OpenAPI and AsyncAPI documents (`openapi.json`, `sendbird.asyncapi.json` ...), beside the pages. */
  download: (file: string) => `downloads/${file}`,
};
