import type { DocsModel } from './build-docs-model.ts';
import { sitePaths } from './paths.ts';
import { plainText } from './text.ts';

/**
 * The site's search index (`search-index.json`). Descriptions repeat across events (every TalkPlus event
 * carries the channel), so they are stored once in `descriptions` and entries point at them by index.
 */
export interface SearchIndex {
  version: 1;
  vendors: { id: string; name: string }[];
  descriptions: string[];
  entries: SearchEntry[];
}

export interface SearchEntry {
  /** Kind: vendor, event or field. */
  k: 'vendor' | 'event' | 'field';
  /** What the result shows: the vendor name, the event name or the field path. */
  t: string;
  /** Vendor index in `vendors`. */
  v: number;
  /** The event name (fields and events). */
  e?: string;
  /** The type name (events) or the field's type (fields). */
  x?: string;
  /** Index of the description in `descriptions`. */
  d: number;
  /** Page (and anchor), relative to the site root. */
  u: string;
}

export function buildSearchIndex(model: DocsModel): SearchIndex {
  const descriptions: string[] = [];
  const descriptionIds = new Map<string, number>();
  const describe = (text: string) => {
    const plain = plainText(text);
    let id = descriptionIds.get(plain);
    if (id === undefined) {
      id = descriptions.push(plain) - 1;
      descriptionIds.set(plain, id);
    }
    return id;
  };
  const entries: SearchEntry[] = [];
  model.vendors.forEach((vendor, v) => {
    entries.push({ k: 'vendor', t: vendor.name, v, d: describe(vendor.description), u: sitePaths.vendor(vendor.id) });
    for (const event of vendor.events) {
      const page = sitePaths.event(vendor.id, event.slug);
      entries.push({ k: 'event', t: event.name, v, e: event.name, x: event.typeName, d: describe(event.description), u: page });
      for (const row of event.fields) entries.push({ k: 'field', t: row.path, v, e: event.name, x: row.type, d: describe(row.description), u: `${page}#${row.anchor}` });
    }
  });
  return { version: 1, vendors: model.vendors.map((vendor) => ({ id: vendor.id, name: vendor.name })), descriptions, entries };
}
