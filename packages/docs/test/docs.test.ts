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

/** The part of a page from `start` up to the next `end` (a heading of the same level), or '' when `start` is absent. */
const section = (content: string, start: string, end: RegExp): string => {
  const from = content.indexOf(start);
  if (from === -1) return '';
  const rest = content.slice(from + start.length);
  const next = rest.search(end);
  return start + (next === -1 ? rest : rest.slice(0, next));
};
const htmlSection = (html: string, id: string) => section(html, `<h2 id="${id}">`, /<h2[\s>]/);
const markdownSection = (md: string, id: string) => section(md, `## <a id="${id}"></a>`, /^## /m);

describe('source addresses and synchronous events', () => {
  const nexconn = catalog.vendors.find((vendor) => vendor.id === 'nexconn')!;

  it('the Nexconn vendor page lists all 20 source addresses and the date they were read, in HTML and Markdown', () => {
    const source = nexconn.facts.sourceAddresses!;
    expect(source.addresses).toHaveLength(20);
    const html = htmlSection(page(site, 'nexconn/index.html'), 'source-addresses');
    const md = markdownSection(page(markdown, 'nexconn/README.md'), 'source-addresses');
    expect(html).toContain('<h2 id="source-addresses">Source addresses</h2>');
    expect(md).toContain('Source addresses');
    const listed = [...(/<ul class="addresses"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/<li><code>([^<]+)<\/code><\/li>/g)].map((match) => match[1]);
    expect(listed).toEqual(source.addresses);
    for (const address of source.addresses) expect(md).toContain(`\`${address}\``);
    expect(source.readOn).toBe('2026-11-29');
    expect(html).toContain(`read on <time datetime="${source.readOn}">${source.readOn}</time>`);
    expect(md).toContain(`read on ${source.readOn}`);
    expect(html).toContain(`href="${source.docsUrl}"`);
    expect(md).toContain(source.docsUrl);
    // The vendor's notes, and how to use the list: the receiver's allowlist, trustProxy behind proxies.
    const text = textContent(html);
    for (const note of source.notes ?? []) {
      expect(text).toContain(note.replace(/`/g, ''));
      expect(md).toContain(note);
    }
    for (const content of [text, md]) {
      expect(content).toContain("createReceiver({ vendor: 'nexconn', allowSourceIps: 'vendor' })");
      expect(content).toContain('trustProxy');
      expect(content).toContain('X-Forwarded-For');
    }
    // Linked from the overview, with the synchronous events.
    expect(page(site, 'nexconn/index.html')).toContain('<a href="#source-addresses">20 published</a>');
    expect(page(markdown, 'nexconn/README.md')).toContain('[20 published](#source-addresses)');
  });

  it('the Nexconn vendor page names the synchronous events, the 5 s timeout, the attempts and the default decision, in HTML and Markdown', () => {
    const decisions = nexconn.facts.decisions!;
    const html = htmlSection(page(site, 'nexconn/index.html'), 'synchronous-events');
    const md = markdownSection(page(markdown, 'nexconn/README.md'), 'synchronous-events');
    expect(html).toContain('<h2 id="synchronous-events">Synchronous events</h2>');
    for (const name of decisions.events) {
      expect(html).toContain(`<a href="${slug(name)}.html"><code>${name}</code></a>`);
      expect(md).toContain(`[\`${name}\`](${slug(name)}.md)`);
    }
    const text = textContent(html);
    for (const content of [text, md]) {
      expect(content).toMatch(/Vendor timeout\s*\|?\s*5 s per attempt/);
      expect(content).toMatch(/Attempts at most\s*\|?\s*3\b/);
      expect(content).toContain('{"pass":1}');
      expect(content).toContain('decisionTimeoutMs');
      expect(content).toContain("createReceiver({\n  vendor: 'nexconn',");
      expect(content).toContain(".on('group_channel:pre_messaging', (event) => ({ pass: 1 }))");
    }
    expect(text).toMatch(/Receiver deadline\s*4000 ms by default/);
  });

  it('a pre-messaging event page explains the decision and the 5 s deadline, in HTML and Markdown', () => {
    const decisions = nexconn.facts.decisions!;
    expect(decisions.events).toContain('group_channel:pre_messaging');
    expect(decisions.timeoutSeconds).toBe(5);
    for (const name of decisions.events) {
      const full = page(site, `nexconn/${slug(name)}.html`);
      const html = htmlSection(full, 'answer');
      const md = markdownSection(page(markdown, `nexconn/${slug(name)}.md`), 'answer');
      expect(html, name).toContain('<h2 id="answer">Answer: a decision</h2>');
      expect(md, name).toContain('## <a id="answer"></a>Answer: a decision');
      expect(full, name).toContain('<a href="#answer">Answer</a>');
      const text = textContent(html);
      for (const content of [text, md]) {
        expect(content, name).toContain(`${name}`);
        expect(content, name).toContain('is synchronous');
        expect(content, name).toContain('within 5 s');
        expect(content, name).toMatch(/Vendor timeout\s*\|?\s*5 s per attempt/);
        expect(content, name).toMatch(/Receiver deadline\s*\|?\s*4000 ms by default/);
        expect(content, name).toMatch(/Default decision\s*\|?\s*`?\{"pass":1\}/);
        expect(content, name).toContain(`.on('${name}', (event) => {`);
        expect(content, name).toContain("{ pass: 0, extra: 'policy:links' }");
        // The answer type, with its fields and the values of `pass`.
        expect(content, name).toContain('NexconnPreMessagingDecision');
        expect(content, name).toContain('PassAlternate');
        expect(content, name).toContain('Free text returned to the sender');
      }
      // The answer type is linked to where the page shows it.
      expect(html, name).toContain('<a href="#type-NexconnPreMessagingDecision">');
      expect(htmlIds(full), name).toContain('type-NexconnPreMessagingDecision');
      expect(md, name).toContain('](#type-NexconnPreMessagingDecision)');
      expect(md, name).toContain('<a id="type-NexconnPreMessagingDecision"></a>');
      // "When it fires" gives the deadline instead of the vendor's general "not documented".
      expect(textContent(htmlSection(full, 'when')), name).toContain('Nexconn waits 5 s for the answer');
    }
    // Other Nexconn events are not synchronous.
    for (const event of nexconn.events.filter((candidate) => !decisions.events.includes(candidate.name))) {
      expect(page(site, `nexconn/${slug(event.name)}.html`), event.name).not.toContain('Answer: a decision');
      expect(page(markdown, `nexconn/${slug(event.name)}.md`), event.name).not.toContain('Answer: a decision');
    }
  });

  it('a Sendbird page has neither section', () => {
    const sendbird = catalog.vendors.find((vendor) => vendor.id === 'sendbird')!;
    expect(sendbird.facts.sourceAddresses).toBeUndefined();
    expect(sendbird.facts.decisions).toBeUndefined();
    const pages = [page(site, 'sendbird/index.html'), page(markdown, 'sendbird/README.md')];
    for (const event of sendbird.events) pages.push(page(site, `sendbird/${slug(event.name)}.html`), page(markdown, `sendbird/${slug(event.name)}.md`));
    for (const content of pages) {
      expect(content).not.toContain('Source addresses');
      expect(content).not.toContain('source-addresses');
      expect(content).not.toContain('Synchronous events');
      expect(content).not.toContain('Answer: a decision');
      expect(content).not.toContain('decisionTimeoutMs');
      expect(content).not.toContain('allowSourceIps');
    }
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

describe('OpenAPI and AsyncAPI downloads', () => {
  const files = ['', ...catalog.vendors.map((vendor) => `${vendor.id}.`)].flatMap((prefix) => [`${prefix}openapi.json`, `${prefix}asyncapi.json`]);

  it('the project page links every document, each vendor page its own two, and each link downloads a file of the site', () => {
    const project = page(site, 'project.html');
    for (const file of files) expect(project).toContain(`<a href="downloads/${file}" download><code>${file}</code></a>`);
    for (const vendor of catalog.vendors) {
      const vendorPage = page(site, `${vendor.id}/index.html`);
      for (const kind of ['openapi', 'asyncapi']) expect(vendorPage).toContain(`<a href="../downloads/${vendor.id}.${kind}.json" download>`);
    }
    expect([...site.keys()].filter((path) => path.startsWith('downloads/')).sort()).toEqual(files.map((file) => `downloads/${file}`).sort());
  });

  it('each file parses as an OpenAPI 3.1 or AsyncAPI 3.0 document describing every event of its vendors', () => {
    for (const file of files) {
      const document = JSON.parse(page(site, `downloads/${file}`)) as { openapi?: string; asyncapi?: string; webhooks?: object; components: { messages?: Record<string, { name: string }> } };
      const vendor = catalog.vendors.find((candidate) => file.startsWith(`${candidate.id}.`));
      const events = vendor === undefined ? catalog.events : vendor.events;
      if (file.endsWith('openapi.json')) {
        expect(document.openapi, file).toBe('3.1.0');
        expect(Object.keys(document.webhooks!).sort(), file).toEqual(events.map((event) => (vendor === undefined ? `${event.vendor}/${event.name}` : event.name)).sort());
      } else {
        expect(document.asyncapi, file).toBe('3.0.0');
        const names = Object.values(document.components.messages!).map((message) => message.name);
        for (const event of events) expect(names, file).toContain(event.name);
      }
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
