import { existsSync, readFileSync } from 'node:fs';
import { loadCatalogOrThrow } from '@chat-webhooks/scripts/lib/load-catalog.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaFields } from './schema-fields.js';
import {
  assertBuilt,
  elementById,
  fieldRows,
  htmlIds,
  htmlLinks,
  htmlNestingProblems,
  isExternal,
  markdownDir,
  markdownIds,
  markdownLinks,
  readTree,
  resolveLink,
  siteDir,
  textContent,
} from './site-files.js';

// The pages are checked against the schema catalogue (the source of truth), never against the docs model.
const catalog = loadCatalogOrThrow();
const slug = (name: string) => name.replaceAll(':', '.');

let site: Map<string, string>;
let markdown: Map<string, string>;

beforeAll(() => {
  assertBuilt();
  site = readTree(siteDir);
  markdown = readTree(markdownDir);
});

const page = (tree: Map<string, string>, path: string): string => {
  const content = tree.get(path);
  if (content === undefined) throw new Error(`missing page ${path}`);
  return content;
};

describe('pages', () => {
  it('every event has an HTML page and a Markdown page, listed on the index and on its vendor page', () => {
    expect(catalog.events).toHaveLength(72);
    for (const event of catalog.events) {
      const html = page(site, `${event.vendor}/${slug(event.name)}.html`);
      const md = page(markdown, `${event.vendor}/${slug(event.name)}.md`);
      expect(html).toContain(`<h1 class="event-title"><code>${event.name}</code></h1>`);
      expect(html).toContain(event.typeName);
      expect(md).toContain(`# \`${event.name}\``);
      expect(page(site, 'index.html')).toContain(`href="${event.vendor}/${slug(event.name)}.html"`);
      expect(page(site, `${event.vendor}/index.html`)).toContain(`href="${slug(event.name)}.html"`);
      expect(page(markdown, 'README.md')).toContain(`(${event.vendor}/${slug(event.name)}.md)`);
      expect(page(markdown, `${event.vendor}/README.md`)).toContain(`(${slug(event.name)}.md)`);
    }
  });

  it('has no page for an event that does not exist', () => {
    const eventPages = [...site.keys()].filter((path) => /^[a-z]+\/[^/]+\.html$/.test(path) && !path.endsWith('/index.html'));
    expect(eventPages.sort()).toEqual(catalog.events.map((event) => `${event.vendor}/${slug(event.name)}.html`).sort());
    const markdownPages = [...markdown.keys()].filter((path) => /^[a-z]+\/[^/]+\.md$/.test(path) && !path.endsWith('/README.md'));
    expect(markdownPages.sort()).toEqual(catalog.events.map((event) => `${event.vendor}/${slug(event.name)}.md`).sort());
  });

  it('has an index of vendors and events and a page on the project', () => {
    const index = textContent(page(site, 'index.html'));
    for (const vendor of catalog.vendors) expect(index).toContain(vendor.facts.name);
    const project = textContent(page(site, 'project.html'));
    expect(project).toContain('npm run generate');
    expect(project).toContain('npm run docs:serve');
    for (const name of ['@chat-webhooks/schemas', '@chat-webhooks/types', '@chat-webhooks/validators', '@chat-webhooks/docs']) expect(project).toContain(name);
    expect(page(markdown, 'project.md')).toContain('npm run generate');
  });
});

describe('fields', () => {
  for (const event of catalog.events) {
    it(`${event.vendor} ${event.name}: every field of the schema has a row with an anchor, its description and flags`, () => {
      const fields = schemaFields(event.schema);
      expect(fields.length).toBeGreaterThan(0);
      const html = page(site, `${event.vendor}/${slug(event.name)}.html`);
      const md = page(markdown, `${event.vendor}/${slug(event.name)}.md`);
      const rows = fieldRows(html).map((row) => ({ id: row.id, path: row.path, cells: row.html }));
      // Exactly the schema's fields, in the schema's order, each once.
      expect(rows.map((row) => row.path)).toEqual(fields.map((field) => field.path));
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
      for (const [index, field] of fields.entries()) {
        const row = rows[index]!;
        expect(row.id).toMatch(/^field-[A-Za-z0-9_-]+$/);
        expect(row.cells, field.path).toContain(`<a class="anchor" href="#${row.id}"`);
        expect(textContent(row.cells), field.path).toContain(textContent(field.description.replace(/`/g, '')).slice(0, 60));
        expect(row.cells, field.path).toContain(field.required ? 'badge required' : 'badge optional');
        // The Markdown page carries the same anchor on the same path.
        expect(md, field.path).toContain(`<a id="${row.id}"></a>\`${field.path}\``);
      }
    });
  }

  it('spells paths and anchors as documented: channel.members[].id is #field-channel-members-id', () => {
    const html = page(site, 'talkplus/member_added.html');
    expect(html).toContain('<tr id="field-channel-members-id" data-path="channel.members[].id"');
    expect(html).toMatch(/<tr id="field-channel-lastMessage" data-path="channel.lastMessage"[\s\S]*?Talkplus<wbr>Message<\/a> \|<wbr> null[\s\S]*?badge nullable/);
    const nexconn = page(site, 'nexconn/group_channel.operation.html');
    // Integer enums list their values with names and meanings.
    expect(textContent(elementById(nexconn, 'field-data-profiles-operationType', 'tr')!)).toMatch(/1\s*GroupCreated\s*Group created: a new group was created\./);
  });

  it('documents every property of every shared definition somewhere', () => {
    for (const vendor of catalog.vendors) {
      const paths = vendor.events.flatMap((event) => [...page(site, `${vendor.id}/${slug(event.name)}.html`).matchAll(/data-path="([^"]+)"/g)].map((match) => match[1]!));
      for (const common of vendor.commons) {
        const properties = Object.keys((common.json.properties as Record<string, unknown> | undefined) ?? {});
        for (const property of properties) expect(paths.some((path) => path === property || path.endsWith(`.${property}`)), `${common.path}: ${property}`).toBe(true);
      }
    }
  });
});

describe('examples, snippets and vendor facts', () => {
  for (const event of catalog.events) {
    it(`${event.vendor} ${event.name}: the example payload, type import, validator and strict-mode error are on the page`, () => {
      const html = page(site, `${event.vendor}/${slug(event.name)}.html`);
      const text = textContent(html);
      for (const example of event.examples) expect(text).toContain(JSON.stringify(example.payload, null, 2));
      expect(text).toContain(`import type { ${event.typeName} } from '@chat-webhooks/types';`);
      expect(text).toContain(`import { validate${event.typeName} } from '@chat-webhooks/validators/${event.vendor}/${slug(event.name)}';`);
      expect(text).toContain(`parseWebhook('${event.vendor}', body, { strict: true })`);
      expect(text).toMatch(/\{ path: '(\/[^']*)?\/zz', keyword: 'additionalProperties', message: '(\/[^']*)?\/zz is not in the schema \(strict mode rejects unknown properties\)' \}/);
      expect(html).toContain(`href="${event.docsUrl.replaceAll('&', '&amp;')}"`);
    });
  }

  it('shows the issue examples verbatim', () => {
    const memberAdded = textContent(page(site, 'talkplus/member_added.html'));
    expect(memberAdded).toContain("import type { TalkplusMemberAddedEvent } from '@chat-webhooks/types'");
    expect(memberAdded).toContain("import { validateTalkplusMemberAddedEvent } from '@chat-webhooks/validators/talkplus/member_added'");
    expect(memberAdded).toContain("parseWebhook('talkplus', body, { strict: true })");
    expect(memberAdded).toContain("{ path: '/channel/zz', keyword: 'additionalProperties', message: '/channel/zz is not in the schema (strict mode rejects unknown properties)' }");
    expect(textContent(page(site, 'sendbird/open_channel.create.html'))).toContain("'@chat-webhooks/validators/sendbird/open_channel.create'");
    expect(page(markdown, 'talkplus/member_added.md')).toContain("import { validateTalkplusMemberAddedEvent } from '@chat-webhooks/validators/talkplus/member_added';");
  });

  it('gives each vendor its discriminator, headers, signature with a verification snippet, retries and what is undocumented', () => {
    for (const vendor of catalog.vendors) {
      const text = textContent(page(site, `${vendor.id}/index.html`));
      expect(text).toContain(vendor.facts.discriminator);
      for (const header of Object.keys(vendor.facts.delivery.headers)) expect(text).toContain(header);
      expect(text).toContain(`verifySignature('${vendor.id}', {`);
      expect(text).toContain("from '@chat-webhooks/verify'");
      expect(text).toContain('Retries and timeout');
      expect(text).toContain(`Not documented by ${vendor.facts.name}`);
      for (const event of vendor.events) expect(text).toContain(event.name);
      if (vendor.facts.signature.documented) expect(text).toContain(vendor.facts.signature.header);
    }
    const nexconn = textContent(page(site, 'nexconn/index.html'));
    expect(nexconn).toContain('Nexconn does not document how its webhooks are signed.');
    expect(nexconn).toMatch(/The signature scheme: no header, algorithm or key is documented/);
    expect(textContent(page(site, 'sendbird/index.html'))).toMatch(/Response timeout\s*5 s/);
  });
});

describe('links and markup', () => {
  it('every internal link of the site resolves to a file, and every #fragment to an id on it', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const [path, html] of site) {
      if (!path.endsWith('.html')) continue;
      for (const link of htmlLinks(html)) {
        if (isExternal(link)) continue;
        checked++;
        const [file, fragment] = resolveLink(path, link);
        const target = site.get(file);
        if (target === undefined) broken.push(`${path}: ${link} (no file ${file})`);
        else if (fragment !== undefined && fragment !== '' && !htmlIds(target).includes(fragment)) broken.push(`${path}: ${link} (no id "${fragment}" in ${file})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('every internal link of the Markdown resolves to a file, and every #fragment to an anchor on it', () => {
    const broken: string[] = [];
    for (const [path, md] of markdown) {
      for (const link of markdownLinks(md)) {
        if (isExternal(link)) continue;
        const [file, fragment] = resolveLink(path, link);
        const target = markdown.get(file);
        if (target === undefined) broken.push(`${path}: ${link} (no file ${file})`);
        else if (fragment !== undefined && !markdownIds(target).includes(fragment)) broken.push(`${path}: ${link} (no anchor "${fragment}" in ${file})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every search index entry points at an existing page and anchor, and covers every event and field', () => {
    const index = JSON.parse(page(site, 'search-index.json')) as { vendors: { id: string }[]; descriptions: string[]; entries: { k: string; t: string; v: number; e?: string; d: number; u: string }[] };
    for (const entry of index.entries) {
      const [file, fragment] = resolveLink('index.html', entry.u);
      expect(site.has(file), entry.u).toBe(true);
      if (fragment) expect(htmlIds(site.get(file)!), entry.u).toContain(fragment);
      expect(index.descriptions[entry.d], entry.u).toBeTypeOf('string');
    }
    for (const event of catalog.events) {
      const vendor = index.vendors.findIndex((candidate) => candidate.id === event.vendor);
      expect(index.entries.some((entry) => entry.k === 'event' && entry.t === event.name && entry.v === vendor)).toBe(true);
      const fields = new Set(index.entries.filter((entry) => entry.k === 'field' && entry.e === event.name && entry.v === vendor).map((entry) => entry.t));
      for (const field of schemaFields(event.schema)) expect(fields.has(field.path), `${event.name} ${field.path}`).toBe(true);
    }
    expect(page(site, 'assets/search-index.js')).toContain('window.CHAT_WEBHOOKS_SEARCH_INDEX = {');
  });

  it('every HTML page is well nested, escapes its text and renders `code` spans', () => {
    for (const [path, html] of site) {
      if (!path.endsWith('.html')) continue;
      expect(htmlNestingProblems(html), path).toEqual([]);
      // Backticks of descriptions become <code>; none is left in the text outside code blocks.
      const prose = html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<script\b[\s\S]*?<\/script>/g, '');
      expect(prose.includes('`'), `${path} has a backtick outside <pre>`).toBe(false);
    }
    // A header description that holds <...> is text, not a tag.
    expect(page(site, 'talkplus/index.html')).toContain('&lt;base64 HMAC-SHA256 of the raw body&gt;');
    expect(page(markdown, 'talkplus/README.md')).toContain('&lt;base64 HMAC-SHA256 of the raw body&gt;');
    // Descriptions with quotes and code spans.
    expect(page(site, 'talkplus/member_added.html')).toContain('Event name, always &quot;member_added&quot;.');
    expect(page(site, 'talkplus/member_added.html')).toContain('only the <code>member_muted</code> example shows it');
  });

  it('loads nothing from another origin: no CDN, no external font or script', () => {
    for (const [path, content] of site) {
      if (path.endsWith('.html')) {
        for (const match of content.matchAll(/<(script|link|img|iframe|source)\b[^>]*\s(?:src|href)="([^"]*)"/g)) expect(isExternal(match[2]!) || match[2]!.startsWith('//'), `${path}: ${match[0]}`).toBe(false);
      }
      if (path.endsWith('.css')) {
        expect(content).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
        expect(content).not.toMatch(/@font-face/);
      }
      if (path.endsWith('.js')) expect(content).not.toMatch(/https?:\/\//);
    }
  });
});

describe('package', () => {
  it('builds dist/ with the Markdown and the site, as the exports map promises', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, string>; files: string[] };
    expect(manifest.exports).toMatchObject({ './site/*': './dist/site/*', './markdown/*': './dist/markdown/*', './package.json': './package.json' });
    expect(manifest.files).toEqual(['dist']);
    for (const file of ['site/index.html', 'site/search-index.json', 'site/assets/site.css', 'site/assets/site.js', 'markdown/README.md', 'markdown/talkplus/member_added.md']) {
      expect(existsSync(new URL(`../dist/${file}`, import.meta.url)), file).toBe(true);
    }
  });
});
