import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogEvents, catalogVendors, sharedDefinitions } from './catalog.js';
import { schemaFields } from './schema-fields.js';
import {
  assertBuilt,
  cells,
  duplicates,
  fieldRows,
  guidesDir,
  htmlIds,
  htmlLinks,
  isExternal,
  markdownAnchors,
  markdownDir,
  markdownHeadingIds,
  markdownIds,
  markdownLinks,
  pageBody,
  readTree,
  resolveLink,
  siteDir,
  textContent,
} from './site-files.js';

// The built pages (dist/site from VitePress, dist/markdown from the generator) are checked against the schemas as
// @chat-webhooks/schemas publishes them, never against the docs model that made them.
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
    expect(catalogEvents).toHaveLength(72);
    for (const event of catalogEvents) {
      const html = page(site, `${event.vendor}/${event.slug}.html`);
      const md = page(markdown, `${event.vendor}/${event.slug}.md`);
      expect(html).toMatch(new RegExp(`<h1 id="[^"]+" tabindex="-1"><code>${event.name}</code>`));
      expect(html).toContain(event.typeName);
      expect(md).toContain(`# \`${event.name}\``);
      expect(page(site, 'index.html')).toContain(`href="./${event.vendor}/${event.slug}.html"`);
      expect(page(site, `${event.vendor}/index.html`)).toContain(`href="./${event.slug}.html"`);
      expect(page(markdown, 'README.md')).toContain(`(${event.vendor}/${event.slug}.md)`);
      expect(page(markdown, `${event.vendor}/README.md`)).toContain(`(${event.slug}.md)`);
    }
  });

  it('has no page for an event that does not exist', () => {
    const eventPages = [...site.keys()].filter(
      (path) => /^(nexconn|sendbird|talkplus)\/[^/]+\.html$/.test(path) && !path.endsWith('/index.html'),
    );
    expect(eventPages.sort()).toEqual(catalogEvents.map((event) => `${event.vendor}/${event.slug}.html`).sort());
    const markdownPages = [...markdown.keys()].filter((path) => /^[a-z]+\/[^/]+\.md$/.test(path) && !path.endsWith('/README.md'));
    expect(markdownPages.sort()).toEqual(catalogEvents.map((event) => `${event.vendor}/${event.slug}.md`).sort());
  });

  it('has an index of vendors and events and a page on the project', () => {
    const index = textContent(pageBody(page(site, 'index.html')));
    for (const vendor of catalogVendors) expect(index).toContain(vendor.name);
    const project = textContent(pageBody(page(site, 'project.html')));
    expect(project).toContain('npm run generate');
    expect(project).toContain('npm run docs:serve');
    for (const name of ['@chat-webhooks/schemas', '@chat-webhooks/types', '@chat-webhooks/validators', '@chat-webhooks/docs'])
      expect(project).toContain(name);
    expect(page(markdown, 'project.md')).toContain('npm run generate');
  });

  it('turns every hand-written guide into a page under /guides/, linked from every page', () => {
    const guides = readdirSync(guidesDir).filter((name) => name.endsWith('.md'));
    expect(guides).toContain('index.md');
    for (const guide of guides) {
      const path = `guides/${guide.replace(/\.md$/, '.html')}`;
      const title = /^# (.+)$/m.exec(readFileSync(join(guidesDir, guide), 'utf8'))![1]!.replace(/`/g, '');
      expect(textContent(pageBody(page(site, path))), guide).toContain(title);
      const href = guide === 'index.md' ? '/guides/' : `/${path}`;
      for (const from of ['index.html', 'talkplus/member_added.html'])
        expect(page(site, from), `${from} links ${href}`).toContain(`href="${href}"`);
    }
    // Guides are the site's own: the published Markdown reference has none.
    expect([...markdown.keys()].some((path) => path.startsWith('guides/'))).toBe(false);
  });
});

describe('fields', () => {
  for (const event of catalogEvents) {
    it(`${event.vendor} ${event.name}: every field of the schema has a row with an anchor linking to itself, its description and flags`, () => {
      const fields = schemaFields(event.schema);
      expect(fields.length).toBeGreaterThan(0);
      const html = page(site, `${event.vendor}/${event.slug}.html`);
      const md = page(markdown, `${event.vendor}/${event.slug}.md`);
      const rows = fieldRows(html);
      // Exactly the schema's fields, in the schema's order, each once.
      expect(rows.map((row) => row.path)).toEqual(fields.map((field) => field.path));
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
      for (const [index, field] of fields.entries()) {
        const row = rows[index]!;
        expect(row.id).toMatch(/^field-[A-Za-z0-9_-]+$/);
        const [, , required, , description] = cells(row.html);
        expect(description, field.path).toContain(textContent(field.description.replace(/`/g, '')).slice(0, 60));
        expect(required, field.path).toBe(field.required ? 'yes' : 'no');
        // The Markdown page carries the same anchor on the same path.
        expect(md, field.path).toContain(`<a id="${row.id}"></a>[\`${field.path}\`](#${row.id})`);
      }
    });
  }

  it('spells paths and anchors as documented: channel.members[].id is #field-channel-members-id', () => {
    const html = page(site, 'talkplus/member_added.html');
    const rows = new Map(fieldRows(html).map((row) => [row.id, row]));
    expect(rows.get('field-channel-members-id')?.path).toBe('channel.members[].id');
    const lastMessage = rows.get('field-channel-lastMessage')!;
    // (The site may break a long type name: `Talkplus<wbr>Message`.)
    expect(lastMessage.html.replaceAll('<wbr>', '')).toContain(
      '<a href="#type-TalkplusMessage"><code>TalkplusMessage</code></a><code> | null</code>',
    );
    expect(cells(lastMessage.html)[3]).toBe('yes'); // nullable
    expect(htmlIds(html)).toContain('type-TalkplusMessage');
    // Integer enums list their values with names and meanings.
    const operationType = fieldRows(page(site, 'nexconn/group_channel.operation.html')).find(
      (row) => row.id === 'field-data-profiles-operationType',
    )!;
    expect(textContent(operationType.html)).toMatch(/1\s*GroupCreated: Group created: a new group was created\./);
  });

  it('documents every property of every shared definition somewhere', () => {
    for (const vendor of catalogVendors) {
      const paths = catalogEvents
        .filter((event) => event.vendor === vendor.id)
        .flatMap((event) => fieldRows(page(site, `${vendor.id}/${event.slug}.html`)).map((row) => row.path));
      for (const [title, definition] of sharedDefinitions(vendor.id)) {
        for (const property of Object.keys((definition.properties as Record<string, unknown> | undefined) ?? {})) {
          expect(
            paths.some((path) => path === property || path.endsWith(`.${property}`)),
            `${title}: ${property}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('examples, snippets and vendor facts', () => {
  for (const event of catalogEvents) {
    it(`${event.vendor} ${event.name}: the example payload, type import, validator and strict-mode error are on the page`, () => {
      const html = page(site, `${event.vendor}/${event.slug}.html`);
      const text = textContent(pageBody(html));
      for (const payload of event.payloads) expect(text).toContain(JSON.stringify(payload, null, 2));
      expect(text).toContain(`import type { ${event.typeName} } from '@chat-webhooks/types';`);
      expect(text).toContain(`import { validate${event.typeName} } from '@chat-webhooks/validators/${event.vendor}/${event.slug}';`);
      expect(text).toContain(`parseWebhook('${event.vendor}', body, { strict: true })`);
      expect(text).toMatch(
        /\{ path: '(\/[^']*)?\/zz', keyword: 'additionalProperties', message: '(\/[^']*)?\/zz is not in the schema \(strict mode rejects unknown properties\)' \}/,
      );
      expect(html).toContain(`href="${event.docsUrl.replaceAll('&', '&amp;')}"`);
      // Code is highlighted by Shiki, in both themes.
      expect(html).toMatch(
        /<pre class="shiki shiki-themes github-light github-dark[^"]*"[^>]*tabindex="0" v-pre|<pre class="shiki shiki-themes github-light github-dark/,
      );
      expect(html).toContain('--shiki-dark:');
    });
  }

  it('shows the issue examples verbatim', () => {
    const memberAdded = textContent(pageBody(page(site, 'talkplus/member_added.html')));
    expect(memberAdded).toContain("import type { TalkplusMemberAddedEvent } from '@chat-webhooks/types'");
    expect(memberAdded).toContain("import { validateTalkplusMemberAddedEvent } from '@chat-webhooks/validators/talkplus/member_added'");
    expect(memberAdded).toContain("parseWebhook('talkplus', body, { strict: true })");
    expect(memberAdded).toContain(
      "{ path: '/channel/zz', keyword: 'additionalProperties', message: '/channel/zz is not in the schema (strict mode rejects unknown properties)' }",
    );
    expect(textContent(pageBody(page(site, 'sendbird/open_channel.create.html')))).toContain(
      "'@chat-webhooks/validators/sendbird/open_channel.create'",
    );
    expect(page(markdown, 'talkplus/member_added.md')).toContain(
      "import { validateTalkplusMemberAddedEvent } from '@chat-webhooks/validators/talkplus/member_added';",
    );
  });

  it('gives each vendor its discriminator, headers, signature with a verification snippet, retries and what is undocumented', () => {
    for (const vendor of catalogVendors) {
      const text = textContent(pageBody(page(site, `${vendor.id}/index.html`)));
      expect(text).toContain(vendor.discriminator);
      for (const header of Object.keys(vendor.delivery.headers)) expect(text).toContain(header);
      expect(text).toContain(`verifySignature('${vendor.id}', {`);
      expect(text).toContain("from '@chat-webhooks/verify'");
      expect(text).toContain('Retries and timeout');
      expect(text).toContain(`Not documented by ${vendor.name}`);
      for (const event of catalogEvents.filter((candidate) => candidate.vendor === vendor.id)) expect(text).toContain(event.name);
      if (vendor.signature.documented) expect(text).toContain(vendor.signature.header);
    }
    const nexconn = textContent(pageBody(page(site, 'nexconn/index.html')));
    expect(nexconn).toContain('Nexconn does not document how its webhooks are signed.');
    expect(nexconn).toMatch(/The signature scheme: no header, algorithm or key is documented/);
    expect(textContent(pageBody(page(site, 'sendbird/index.html')))).toMatch(/Response timeout\s*5 s/);
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
/** From the element with `id` (a heading's own, or an `<a id>` in it) to the next `<h2`. */
const htmlSection = (html: string, id: string) => section(pageBody(html), ` id="${id}"`, /<h2[\s>]/);
/** From the `## ` heading that starts with `heading` to the next one. */
const markdownSection = (md: string, heading: string) => section(md, `## ${heading}`, /^## /m);

describe('source addresses and synchronous events', () => {
  const nexconn = catalogVendors.find((vendor) => vendor.id === 'nexconn')!;
  const nexconnEvents = catalogEvents.filter((event) => event.vendor === 'nexconn');
  const slugOf = (name: string) => name.replaceAll(':', '.');

  it('the Nexconn vendor page lists all 20 source addresses and the date they were read, in HTML and Markdown', () => {
    const source = nexconn.sourceAddresses!;
    expect(source.addresses).toHaveLength(20);
    const html = htmlSection(page(site, 'nexconn/index.html'), 'source-addresses');
    const md = markdownSection(page(markdown, 'nexconn/README.md'), 'Source addresses');
    expect(html).toContain('Source addresses');
    expect(md).toContain('Source addresses');
    const listed = [...html.matchAll(/<code>(\d+\.\d+\.\d+\.\d+(?:\/\d+)?|[0-9a-f:]+(?:\/\d+)?)<\/code>/g)].map((match) => match[1]);
    expect(listed).toEqual(source.addresses);
    for (const address of source.addresses) expect(md).toContain(`\`${address}\``);
    expect(source.readOn).toBe('2026-11-29');
    for (const content of [textContent(html), md]) expect(content).toContain(`read on ${source.readOn}`);
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
    const decisions = nexconn.decisions!;
    const html = htmlSection(page(site, 'nexconn/index.html'), 'synchronous-events');
    const md = markdownSection(page(markdown, 'nexconn/README.md'), 'Synchronous events');
    expect(html).toContain('Synchronous events');
    for (const name of decisions.events) {
      expect(html).toContain(`<a href="./${slugOf(name)}.html"><code>${name}</code></a>`);
      expect(md).toContain(`[\`${name}\`](${slugOf(name)}.md)`);
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
    const decisions = nexconn.decisions!;
    expect(decisions.events).toContain('group_channel:pre_messaging');
    expect(decisions.timeoutSeconds).toBe(5);
    for (const name of decisions.events) {
      const full = page(site, `nexconn/${slugOf(name)}.html`);
      const html = htmlSection(full, 'answer');
      const md = markdownSection(page(markdown, `nexconn/${slugOf(name)}.md`), '<a id="answer"></a>');
      expect(html, name).toContain('Answer: a decision');
      expect(md, name).toContain('## <a id="answer"></a>Answer: a decision');
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
      expect(textContent(section(pageBody(full), '<h2 id="when-it-fires"', /<h2[\s>]/)), name).toContain(
        'Nexconn waits 5 s for the answer',
      );
    }
    // Other Nexconn events are not synchronous.
    for (const event of nexconnEvents.filter((candidate) => !decisions.events.includes(candidate.name))) {
      expect(page(site, `nexconn/${event.slug}.html`), event.name).not.toContain('Answer: a decision');
      expect(page(markdown, `nexconn/${event.slug}.md`), event.name).not.toContain('Answer: a decision');
    }
  });

  it('a Sendbird page has neither section', () => {
    const sendbird = catalogVendors.find((vendor) => vendor.id === 'sendbird')!;
    expect(sendbird.sourceAddresses).toBeUndefined();
    expect(sendbird.decisions).toBeUndefined();
    const pages = [page(site, 'sendbird/index.html'), page(markdown, 'sendbird/README.md')];
    for (const event of catalogEvents.filter((candidate) => candidate.vendor === 'sendbird'))
      pages.push(page(site, `sendbird/${event.slug}.html`), page(markdown, `sendbird/${event.slug}.md`));
    for (const content of pages.map(pageBody)) {
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
        else if (fragment !== undefined && fragment !== '' && file.endsWith('.html') && !htmlIds(target).includes(fragment))
          broken.push(`${path}: ${link} (no id "${fragment}" in ${file})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('gives no two elements of a page the same id (every page of the built site)', () => {
    const repeated: string[] = [];
    let pages = 0;
    for (const [path, html] of site) {
      if (!path.endsWith('.html')) continue;
      pages++;
      for (const id of duplicates(htmlIds(html))) repeated.push(`${path}: id="${id}"`);
    }
    expect(repeated).toEqual([]);
    expect(pages).toBeGreaterThan(catalogEvents.length);
    // The sections that once carried an `<a id>` beside the heading's own keep their deep links, once each.
    const nexconn = htmlIds(page(site, 'nexconn/index.html'));
    for (const id of ['source-addresses', 'synchronous-events'])
      expect(
        nexconn.filter((candidate) => candidate === id),
        id,
      ).toHaveLength(1);
  });

  it('gives no Markdown heading an explicit anchor that repeats its own (GitHub would show the id twice)', () => {
    const repeated: string[] = [];
    for (const [path, md] of markdown) {
      if (!path.endsWith('.md')) continue;
      const headings = new Set(markdownHeadingIds(md));
      for (const anchor of markdownAnchors(md)) if (headings.has(anchor)) repeated.push(`${path}: #${anchor}`);
      for (const anchor of duplicates(markdownAnchors(md))) repeated.push(`${path}: <a id="${anchor}"> twice`);
    }
    expect(repeated).toEqual([]);
    expect(markdownHeadingIds(page(markdown, 'nexconn/README.md'))).toEqual(
      expect.arrayContaining(['source-addresses', 'synchronous-events']),
    );
  });

  it('every internal link of the Markdown resolves to a file, and every #fragment to an anchor on it', () => {
    const broken: string[] = [];
    for (const [path, md] of markdown) {
      if (!path.endsWith('.md')) continue;
      for (const link of markdownLinks(md)) {
        if (isExternal(link)) continue;
        const [file, fragment] = resolveLink(path, link);
        const target = markdown.get(file);
        if (target === undefined) broken.push(`${path}: ${link} (no file ${file})`);
        else if (fragment !== undefined && !markdownIds(target).includes(fragment))
          broken.push(`${path}: ${link} (no anchor "${fragment}" in ${file})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("the local search index holds every page of the site, every event page's field table and each of its rows", () => {
    const indexFile = [...site.keys()].find((path) => /^assets\/chunks\/@localSearchIndexroot\.[\w-]+\.js$/.test(path));
    expect(indexFile, 'VitePress local search index').toBeDefined();
    const index = page(site, indexFile!);
    // The index's document ids: `/<page>.html#<anchor>`.
    const sections = new Set([...index.matchAll(/"(\/[^"]*#[^"]*)"/g)].map((match) => match[1]!));
    for (const event of catalogEvents) {
      expect(index, event.name).toContain(`/${event.vendor}/${event.slug}.html#fields`);
      // Every field row is a section of its own, found at its anchor (a search for a field lands on its row).
      for (const row of fieldRows(page(site, `${event.vendor}/${event.slug}.html`)))
        expect(sections.has(`/${event.vendor}/${event.slug}.html#${row.id}`), `${event.name} ${row.path}`).toBe(true);
    }
    for (const path of ['/#', '/project.html#', '/guides/#', '/talkplus/#']) expect(index).toContain(`"${path}`);
  });

  it('escapes text: a header description holding <...> is text, quotes and code spans render', () => {
    expect(page(site, 'talkplus/index.html')).toContain('&lt;base64 HMAC-SHA256 of the raw body&gt;');
    expect(page(markdown, 'talkplus/README.md')).toContain('&lt;base64 HMAC-SHA256 of the raw body&gt;');
    const memberAdded = pageBody(page(site, 'talkplus/member_added.html'));
    expect(memberAdded).toMatch(/Event name, always (&quot;|")member_added(&quot;|")\./);
    expect(memberAdded).toContain('only the <code>member_muted</code> example shows it');
    // Backticks of descriptions become <code>: none is left in the prose of any page.
    for (const [path, html] of site) {
      if (!path.endsWith('.html')) continue;
      const prose = pageBody(html)
        .replace(/<pre\b[\s\S]*?<\/pre>/g, '')
        .replace(/aria-label="[^"]*"/g, '');
      expect(prose.includes('`'), `${path} has a backtick outside <pre>`).toBe(false);
    }
  });

  it('loads nothing from another origin: no CDN, no external font, script or stylesheet', () => {
    for (const [path, content] of site) {
      if (path.endsWith('.html')) {
        for (const match of content.matchAll(/<(script|link|img|iframe|source)\b[^>]*\s(?:src|href)="([^"]*)"/g))
          expect((isExternal(match[2]!) && !match[2]!.startsWith('data:')) || match[2]!.startsWith('//'), `${path}: ${match[0]}`).toBe(
            false,
          );
      }
      if (path.endsWith('.css')) expect(content, path).not.toMatch(/@import\s+url\(\s*['"]?(https?:)?\/\/|url\(\s*['"]?(https?:)?\/\//);
    }
  });
});

describe('OpenAPI and AsyncAPI downloads', () => {
  const files = ['', ...catalogVendors.map((vendor) => `${vendor.id}.`)].flatMap((prefix) => [
    `${prefix}openapi.json`,
    `${prefix}asyncapi.json`,
  ]);

  it('the project page links every document, each vendor page its own two, and each link is a file of the site', () => {
    const project = page(site, 'project.html');
    for (const file of files) expect(project).toContain(`<a href="downloads/${file}"><code>${file}</code></a>`);
    for (const vendor of catalogVendors) {
      const vendorPage = page(site, `${vendor.id}/index.html`);
      for (const kind of ['openapi', 'asyncapi']) expect(vendorPage).toContain(`<a href="../downloads/${vendor.id}.${kind}.json">`);
    }
    expect([...site.keys()].filter((path) => path.startsWith('downloads/')).sort()).toEqual(
      files.map((file) => `downloads/${file}`).sort(),
    );
    expect([...markdown.keys()].filter((path) => path.startsWith('downloads/')).sort()).toEqual(
      files.map((file) => `downloads/${file}`).sort(),
    );
  });

  it('each file parses as an OpenAPI 3.1 or AsyncAPI 3.0 document describing every event of its vendors', () => {
    for (const file of files) {
      const document = JSON.parse(page(site, `downloads/${file}`)) as {
        openapi?: string;
        asyncapi?: string;
        webhooks?: object;
        components: { messages?: Record<string, { name: string }> };
      };
      const vendor = catalogVendors.find((candidate) => file.startsWith(`${candidate.id}.`));
      const events = vendor === undefined ? catalogEvents : catalogEvents.filter((event) => event.vendor === vendor.id);
      if (file.endsWith('openapi.json')) {
        expect(document.openapi, file).toBe('3.1.0');
        expect(Object.keys(document.webhooks!).sort(), file).toEqual(
          events.map((event) => (vendor === undefined ? `${event.vendor}/${event.name}` : event.name)).sort(),
        );
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
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, string>;
      files: string[];
    };
    expect(manifest.exports).toMatchObject({
      './site/*': './dist/site/*',
      './markdown/*': './dist/markdown/*',
      './package.json': './package.json',
    });
    expect(manifest.files).toEqual(['dist']);
    for (const file of [
      'site/index.html',
      'site/404.html',
      'site/talkplus/member_added.html',
      'site/guides/index.html',
      'markdown/README.md',
      'markdown/talkplus/member_added.md',
    ]) {
      expect(existsSync(new URL(`../dist/${file}`, import.meta.url)), file).toBe(true);
    }
  });
});
