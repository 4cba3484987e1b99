import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import type { DocsAnswerType, DocsEvent, DocsEventDecision, DocsModel, DocsVendor, EnumValue, FieldRow, NamedType, Snippet } from './build-docs-model.ts';
import { apiDocumentFileName } from '../build-api-documents.ts';
import { highlight } from './highlight.ts';
import { sitePaths } from './paths.ts';
import { buildSearchIndex } from './search-index.ts';
import { escapeHtml, inlineHtml, typeTokens } from './text.ts';

/** Hand-written assets, copied as they are: plain CSS and a little JS, no framework, nothing from a CDN. */
const ASSETS = {
  [sitePaths.css]: new URL('./assets/site.css', import.meta.url),
  [sitePaths.js]: new URL('./assets/site.js', import.meta.url),
};

/** Local storage key of the chosen theme; site.js uses the same one. */
const THEME_KEY = 'chat-webhooks-docs-theme';

/**
 * The static site: file path (relative to `site/`) -> content. Every link is relative, so the site works from
 * any static server, from a sub-folder, and offline.
 */
export function renderHtml(model: DocsModel): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, url] of Object.entries(ASSETS)) files.set(path, readFileSync(url, 'utf8'));
  files.set(sitePaths.favicon, FAVICON);
  const searchIndex = JSON.stringify(buildSearchIndex(model));
  files.set(sitePaths.searchIndex, `${searchIndex}\n`);
  files.set(sitePaths.searchIndexScript, `window.CHAT_WEBHOOKS_SEARCH_INDEX = ${searchIndex.replace(/</g, '\\u003c')};\n`);
  files.set(sitePaths.index, indexPage(model));
  files.set(sitePaths.project, projectPage(model));
  for (const vendor of model.vendors) {
    files.set(sitePaths.vendor(vendor.id), vendorPage(model, vendor));
    vendor.events.forEach((event, index) => files.set(sitePaths.event(vendor.id, event.slug), eventPage(model, vendor, event, vendor.events[index - 1], vendor.events[index + 1])));
  }
  return files;
}

interface Page {
  /** Path of the page relative to the site root. */
  path: string;
  title: string;
  description: string;
  /** Breadcrumb trail above the heading: [label HTML, href relative to the site root or undefined for the current page]. */
  trail: [string, string | undefined][];
  body: string;
}

/** A link from page `from` to `to` (`page` or `page#anchor`), both relative to the site root. */
function href(from: string, to: string): string {
  const [path, hash] = to.split('#', 2) as [string, string | undefined];
  if (path === from && hash !== undefined) return escapeHtml(`#${hash}`);
  const target = posix.relative(posix.dirname(from), path);
  return escapeHtml(hash === undefined ? target : `${target}#${hash}`);
}

function layout(model: DocsModel, page: Page): string {
  const root = '../'.repeat(page.path.split('/').length - 1);
  const trail = page.trail
    .map(([label, to]) => (to === undefined ? `<span aria-current="page">${label}</span>` : `<a href="${href(page.path, to)}">${label}</a>`))
    .join('<span class="sep" aria-hidden="true">/</span>');
  return `<!doctype html>
<html lang="en" data-root="${root}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<meta name="description" content="${escapeHtml(page.description)}">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="scripts/generate-docs-package.ts">
<script>try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}</script>
<link rel="icon" href="${root}${sitePaths.favicon}" type="image/svg+xml">
<link rel="stylesheet" href="${root}${sitePaths.css}">
<script src="${root}${sitePaths.js}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="topbar">
<button id="nav-toggle" class="icon-button" type="button" aria-controls="sidebar" aria-expanded="false" aria-label="Show navigation">${ICON_MENU}</button>
<a class="brand" href="${href(page.path, sitePaths.index)}"><span class="brand-mark" aria-hidden="true">{ }</span>${escapeHtml(model.project.name)}</a>
<div class="search" role="search">
<label class="visually-hidden" for="search">Search events and fields</label>
<input id="search" type="search" placeholder="Search events, fields, descriptions" autocomplete="off" spellcheck="false" aria-controls="search-results" aria-expanded="false">
<kbd class="search-key" aria-hidden="true">/</kbd>
<div id="search-results" class="search-results" role="listbox" aria-label="Search results" hidden></div>
</div>
<button id="theme-toggle" class="icon-button" type="button" aria-label="Switch to dark theme" title="Switch theme">${ICON_MOON}${ICON_SUN}</button>
</header>
<div class="layout">
<nav id="sidebar" class="sidebar" aria-label="Vendors and events">
${sidebar(model, page.path)}
</nav>
<main id="main" class="content" tabindex="-1">
${trail ? `<nav class="breadcrumbs" aria-label="Breadcrumbs">${trail}</nav>` : ''}
${page.body}
</main>
</div>
<footer class="footer">Generated from the canonical JSON Schemas in <code>schemas/</code> by <code>scripts/generate-docs-package.ts</code>. Run <code>npm run generate</code> to rebuild.</footer>
</body>
</html>
`;
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0a58b8"/><text x="16" y="21.5" font-family="monospace" font-size="14" font-weight="700" fill="#fff" text-anchor="middle">{ }</text></svg>\n`;

const ICON_MENU = '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none"/></svg>';
const ICON_MOON = '<svg class="icon-moon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z" fill="currentColor"/></svg>';
const ICON_SUN =
  '<svg class="icon-sun" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><circle cx="12" cy="12" r="4.5" fill="currentColor"/><path d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';

function sidebar(model: DocsModel, from: string): string {
  const link = (to: string, label: string, className = '') =>
    `<a${className ? ` class="${className}"` : ''} href="${href(from, to)}"${to === from ? ' aria-current="page"' : ''}>${label}</a>`;
  const vendors = model.vendors
    .map((vendor) => {
      const open = from.startsWith(`${vendor.id}/`) ? ' open' : '';
      const events = vendor.events.map((event) => `<li>${link(sitePaths.event(vendor.id, event.slug), `<code>${escapeHtml(event.name)}</code>`)}</li>`).join('\n');
      return `<details class="nav-vendor"${open}>
<summary>${escapeHtml(vendor.name)} <span class="count">${vendor.events.length}</span></summary>
<ul>
<li>${link(sitePaths.vendor(vendor.id), 'Overview', 'nav-overview')}</li>
${events}
</ul>
</details>`;
    })
    .join('\n');
  return `<ul class="nav-top">
<li>${link(sitePaths.index, 'All vendors and events')}</li>
<li>${link(sitePaths.project, 'The project')}</li>
</ul>
${vendors}`;
}

function codeBlock(snippet: Snippet, label?: string): string {
  return `<div class="code"${label ? ` aria-label="${escapeHtml(label)}" role="group"` : ''}>
<button class="copy" type="button" aria-label="Copy code">Copy</button>
<pre><code class="language-${snippet.language}">${highlight(snippet)}</code></pre>
</div>`;
}

function list(items: string[]): string {
  return `<ul>\n${items.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}\n</ul>`;
}

function definitionTable(rows: [string, string][]): string {
  return `<div class="table-wrap"><table class="facts">\n<tbody>\n${rows.map(([term, value]) => `<tr><th scope="row">${term}</th><td>${value}</td></tr>`).join('\n')}\n</tbody>\n</table></div>`;
}

function eventsTable(from: string, vendor: DocsVendor, withFieldCount: boolean, events = vendor.events): string {
  const rows = events
    .map(
      (event) => `<tr>
<td data-label="Event"><a href="${href(from, sitePaths.event(vendor.id, event.slug))}"><code>${escapeHtml(event.name)}</code></a></td>
<td data-label="Type"><code>${escapeHtml(event.typeName)}</code></td>${withFieldCount ? `\n<td data-label="Fields" class="num">${event.fields.length}</td>` : ''}
<td data-label="Description">${inlineHtml(event.description)}</td>
</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap"><table class="events stack">
<thead><tr><th scope="col">Event</th><th scope="col">Type</th>${withFieldCount ? '<th scope="col" class="num">Fields</th>' : ''}<th scope="col">Description</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
}

function indexPage(model: DocsModel): string {
  const from = sitePaths.index;
  const cards = model.vendors
    .map(
      (vendor) => `<li class="card">
<h3><a href="${href(from, sitePaths.vendor(vendor.id))}">${escapeHtml(vendor.name)}</a></h3>
<p>${vendor.events.length} events · discriminator <code>${escapeHtml(vendor.discriminator)}</code></p>
<p>${vendor.signature.documented ? `Signed: <code>${escapeHtml(vendor.signature.header)}</code> (${escapeHtml(vendor.signature.algorithm)}, ${escapeHtml(vendor.signature.encoding)})` : '<strong>Signature not documented</strong>'}</p>
</li>`,
    )
    .join('\n');
  const sections = model.vendors
    .map(
      (vendor) => `<section aria-labelledby="vendor-${vendor.id}">
<h2 id="vendor-${vendor.id}"><a href="${href(from, sitePaths.vendor(vendor.id))}">${escapeHtml(vendor.name)}</a></h2>
${eventsTable(from, vendor, false)}
</section>`,
    )
    .join('\n');
  return layout(model, {
    path: from,
    title: `${model.project.name} reference`,
    description: `Reference of ${model.events.length} chat-platform webhook events: fields, examples, types and validators.`,
    trail: [],
    body: `<h1>${escapeHtml(model.project.name)} reference</h1>
<p class="lead">${inlineHtml(model.project.tagline)} ${model.events.length} webhook events of ${model.vendors.length} vendors, generated from the canonical JSON Schemas: every field, an example payload, the TypeScript type and the validator of each. <a href="${href(from, sitePaths.project)}">About the project</a>.</p>
<ul class="cards">
${cards}
</ul>
${sections}`,
  });
}

function projectPage(model: DocsModel): string {
  const from = sitePaths.project;
  const { project } = model;
  const packages = project.packages.map((entry) => `<tr><td data-label="Package"><code>${escapeHtml(entry.name)}</code></td><td data-label="What you get">${inlineHtml(entry.summary)}</td></tr>`).join('\n');
  const vendors = project.vendors.map((vendor) => `<li><a href="${href(from, sitePaths.vendor(vendor.id))}">${escapeHtml(vendor.name)}</a>: ${vendor.events} events</li>`).join('\n');
  const steps = (items: ProjectStep[]) => items.map((step) => `<p>${inlineHtml(step.text)}</p>\n${codeBlock(step.snippet)}`).join('\n');
  return layout(model, {
    path: from,
    title: `The project · ${project.name}`,
    description: project.tagline,
    trail: [['Reference', sitePaths.index], ['The project', undefined]],
    body: `<h1>${escapeHtml(project.name)}</h1>
<p class="lead">${inlineHtml(project.tagline)}</p>
${project.about.map((paragraph) => `<p>${inlineHtml(paragraph)}</p>`).join('\n')}
<h2 id="packages">Packages</h2>
<div class="table-wrap"><table class="stack">
<thead><tr><th scope="col">Package</th><th scope="col">What you get</th></tr></thead>
<tbody>
${packages}
</tbody>
</table></div>
<h2 id="downloads">OpenAPI and AsyncAPI documents</h2>
<p>Every event as an OpenAPI 3.1 webhook and as an AsyncAPI 3.0 message, for Redoc, Scalar, openapi-typescript, Postman or AsyncAPI Studio. The same documents are in <code>@chat-webhooks/openapi</code>.</p>
<ul class="downloads">
${project.downloads.map((download) => `<li>${downloadLink(from, download.file)}: ${escapeHtml(download.label)}</li>`).join('\n')}
</ul>
<h2 id="vendors">Vendors</h2>
<ul>
${vendors}
</ul>
<h2 id="regenerate">How to regenerate</h2>
${steps(project.regenerate)}
<h2 id="these-docs">These docs</h2>
${steps(project.docsBuild)}`,
  });
}

type ProjectStep = DocsModel['project']['regenerate'][number];

/** A link that downloads one of the OpenAPI or AsyncAPI documents. */
function downloadLink(from: string, file: string): string {
  return `<a href="${href(from, sitePaths.download(file))}" download><code>${escapeHtml(file)}</code></a>`;
}

function vendorPage(model: DocsModel, vendor: DocsVendor): string {
  const from = sitePaths.vendor(vendor.id);
  const headers = vendor.delivery.headers.map((header) => `<tr><td data-label="Header"><code>${escapeHtml(header.name)}</code></td><td data-label="Value">${inlineHtml(header.value)}</td></tr>`).join('\n');
  const signature = vendor.signature.documented
    ? definitionTable([
        ['Header', `<code>${escapeHtml(vendor.signature.header)}</code>`],
        ['Algorithm', escapeHtml(vendor.signature.algorithm)],
        ['Encoding', escapeHtml(vendor.signature.encoding)],
        ['Key', inlineHtml(vendor.signature.key)],
        ['Signed content', inlineHtml(vendor.signature.signedContent)],
      ])
    : `<p class="callout warning"><strong>Not documented.</strong> ${escapeHtml(vendor.name)} does not document how its webhooks are signed.</p>`;
  const retryRows: [string, string][] = [];
  if (vendor.retry.timeoutSeconds !== undefined) retryRows.push(['Response timeout', `${vendor.retry.timeoutSeconds} s`]);
  if (vendor.retry.maxAttempts !== undefined) retryRows.push(['Deliveries at most', String(vendor.retry.maxAttempts)]);
  if (vendor.retry.retryDelaySeconds !== undefined) retryRows.push(['Delay before a retry', `${vendor.retry.retryDelaySeconds} s`]);
  return layout(model, {
    path: from,
    title: `${vendor.name} webhooks · ${model.project.name}`,
    description: `${vendor.name} webhooks: discriminator, headers, signature, retries and all ${vendor.events.length} events.`,
    trail: [['Reference', sitePaths.index], [escapeHtml(vendor.name), undefined]],
    body: `<h1>${escapeHtml(vendor.name)} webhooks</h1>
<p class="lead">${inlineHtml(vendor.description)}</p>
<p><a class="external" href="${escapeHtml(vendor.docsUrl)}" rel="noopener">${escapeHtml(vendor.name)} webhook documentation</a> · OpenAPI 3.1: ${downloadLink(from, apiDocumentFileName('openapi', vendor.id))} · AsyncAPI 3.0: ${downloadLink(from, apiDocumentFileName('asyncapi', vendor.id))} (<a href="${href(from, `${sitePaths.project}#downloads`)}">all documents</a>)</p>
<h2 id="overview">Overview</h2>
${definitionTable([
  ['Discriminator', `<code>${escapeHtml(vendor.discriminator)}</code>: its value names the event`],
  ['Event names', inlineHtml(vendor.eventNaming)],
  ['Type prefix', `<code>${escapeHtml(vendor.typePrefix)}</code>`],
  ['Delivery', `HTTP ${escapeHtml(vendor.delivery.method)}, JSON body`],
  ['Events', `<a href="#events">${vendor.events.length}</a>`],
  ...overviewExtras(vendor),
])}
<h2 id="headers">Delivery headers</h2>
<div class="table-wrap"><table class="stack">
<thead><tr><th scope="col">Header</th><th scope="col">Value</th></tr></thead>
<tbody>
${headers}
</tbody>
</table></div>
${vendor.delivery.notes.length > 0 ? list(vendor.delivery.notes) : ''}
<h2 id="signature">Signature</h2>
${signature}
${vendor.signature.notes.length > 0 ? list(vendor.signature.notes) : ''}
${codeBlock(vendor.verifySnippet, 'Signature verification')}
<h2 id="retries">Retries and timeout</h2>
<p>${inlineHtml(vendor.retry.summary)}</p>
${retryRows.length > 0 ? definitionTable(retryRows) : ''}
${vendor.retry.notes.length > 0 ? list(vendor.retry.notes) : ''}
${vendor.decisions ? `<p>${inlineHtml(vendor.decisions.retryNote)} See <a href="#synchronous-events">synchronous events</a>.</p>` : ''}
${vendor.sourceAddresses ? sourceAddressesSection(vendor, vendor.sourceAddresses) : ''}
${vendor.decisions ? decisionsSection(from, vendor, vendor.decisions) : ''}
<h2 id="undocumented">Not documented by ${escapeHtml(vendor.name)}</h2>
${vendor.undocumented.length > 0 ? list(vendor.undocumented) : '<p>Nothing a receiver needs is missing.</p>'}
<h2 id="events">Events</h2>
${vendor.groups.map((group) => `<h3 id="events-${escapeHtml(group.id)}">${escapeHtml(group.title)} <span class="count">${group.events.length}</span></h3>\n${eventsTable(from, vendor, true, group.events)}`).join('\n')}`,
  });
}

/** Rows of the vendor overview for the optional facts: published source addresses, synchronous events. */
function overviewExtras(vendor: DocsVendor): [string, string][] {
  const rows: [string, string][] = [];
  if (vendor.sourceAddresses) rows.push(['Source addresses', `<a href="#source-addresses">${vendor.sourceAddresses.addresses.length} published</a>`]);
  if (vendor.decisions) rows.push(['Synchronous events', `<a href="#synchronous-events">${vendor.decisions.events.length}</a>, answered with a decision within ${vendor.decisions.timeoutSeconds} s`]);
  return rows;
}

function sourceAddressesSection(vendor: DocsVendor, source: NonNullable<DocsVendor['sourceAddresses']>): string {
  const addresses = source.addresses.map((address) => `<li><code>${escapeHtml(address)}</code></li>`).join('\n');
  return `<h2 id="source-addresses">Source addresses</h2>
<p>${escapeHtml(vendor.name)} sends its webhooks from these ${source.addresses.length} addresses, read on <time datetime="${escapeHtml(source.readOn)}">${escapeHtml(source.readOn)}</time> from <a class="external" href="${escapeHtml(source.docsUrl)}" rel="noopener">${escapeHtml(vendor.name)}'s documentation</a>:</p>
<ul class="addresses" aria-label="${escapeHtml(vendor.name)} source addresses">
${addresses}
</ul>
${source.notes.length > 0 ? list(source.notes) : ''}
<h3 id="source-addresses-receiver">Allow only these addresses</h3>
${source.usage.map((paragraph) => `<p>${inlineHtml(paragraph)}</p>`).join('\n')}
${codeBlock(source.receiverSnippet, 'Source address allowlist')}`;
}

function decisionsSection(from: string, vendor: DocsVendor, decisions: NonNullable<DocsVendor['decisions']>): string {
  const events = decisions.events.map((event) => `<a href="${href(from, sitePaths.event(vendor.id, event.slug))}"><code>${escapeHtml(event.name)}</code></a>`).join(', ');
  const answerPage = sitePaths.event(vendor.id, decisions.events[0]!.slug);
  return `<h2 id="synchronous-events">Synchronous events</h2>
<p>${inlineHtml(decisions.summary)}</p>
${definitionTable([['Events', events], ...decisionRows(decisions, href(from, `${answerPage}#${decisions.answer.anchor}`))])}
${decisions.notes.length > 0 ? list(decisions.notes) : ''}
<p>${inlineHtml(decisions.receiver)}</p>
${codeBlock(decisions.receiverSnippet, 'Deciding with the receiver')}`;
}

/** The facts of a decision, for the vendor page and for the event pages; `answerHref` is where the answer type is shown. */
function decisionRows(decisions: Omit<DocsEventDecision, 'answerOnPage'>, answerHref: string): [string, string][] {
  const rows: [string, string][] = [
    ['Answer', `HTTP 200 with a JSON body: <a href="${answerHref}"><code>${camelBreaks(decisions.answer.title)}</code></a>`],
    ['Vendor timeout', `${decisions.timeoutSeconds} s per attempt`],
  ];
  if (decisions.maxAttempts !== undefined) rows.push(['Attempts at most', `${decisions.maxAttempts}, then the vendor gives up`]);
  rows.push(['Receiver deadline', `${decisions.deadlineMs} ms by default (<code>decisionTimeoutMs</code>)`]);
  rows.push(['Default decision', `<code>${escapeHtml(decisions.defaultJson)}</code> (<code>defaultDecision</code>)`]);
  return rows;
}

/** The answer type on an event page: its fields as a small table, enum values included. */
function answerTypeSection(answer: DocsAnswerType): string {
  const rows = answer.fields
    .map(
      (row) => `<tr id="${row.anchor}" data-path="${escapeHtml(row.path)}">
<td data-label="Field"><code>${breakable(row.path)}</code></td>
<td data-label="Type"><code>${escapeHtml(row.type)}</code></td>
<td data-label="Required">${row.required ? '<span class="badge required">required</span>' : '<span class="badge optional">optional</span>'}</td>
<td data-label="Description"><p>${inlineHtml(row.description)}</p>${row.enumValues ? enumTable(row.enumValues) : ''}${row.examples.length > 0 ? `<p class="note">Examples: ${row.examples.map((example) => `<code>${escapeHtml(JSON.stringify(example))}</code>`).join(', ')}.</p>` : ''}</td>
</tr>`,
    )
    .join('\n');
  return `<section class="type" id="${escapeHtml(answer.anchor)}" aria-labelledby="${escapeHtml(answer.anchor)}-title">
<h3 id="${escapeHtml(answer.anchor)}-title"><code>${camelBreaks(answer.title)}</code> <span class="kind">object, the answer</span></h3>
<p>${inlineHtml(answer.description)}</p>
<div class="table-wrap"><table class="answer stack">
<thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Description</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
<p class="note">Schema: <code>${escapeHtml(answer.schemaPath)}</code>.</p>
</section>`;
}

function decisionSection(event: DocsEvent, decision: DocsEventDecision): string {
  return `<h2 id="answer">Answer: a decision</h2>
<p><code>${escapeHtml(event.name)}</code> is synchronous. ${inlineHtml(decision.summary)}</p>
${definitionTable(decisionRows(decision, `#${escapeHtml(decision.answer.anchor)}`))}
${decision.notes.length > 0 ? list(decision.notes) : ''}
<p>${inlineHtml(decision.receiver)}</p>
${codeBlock(decision.receiverSnippet, 'Deciding with the receiver')}
${decision.answerOnPage ? '' : answerTypeSection(decision.answer)}`;
}

/** A field path that may wrap after each `.` (and nowhere inside a name). */
function breakable(path: string): string {
  return escapeHtml(path).replaceAll('.', '.<wbr>');
}

function typeHtml(row: FieldRow): string {
  return typeTokens(row.type, row.typeRefs)
    .map((token) => (token.ref ? `<a href="#type-${escapeHtml(token.text)}">${camelBreaks(token.text)}</a>` : escapeHtml(token.text).replaceAll(' | ', ' |<wbr> ')))
    .join('');
}

/** A PascalCase type name that may wrap between its words (NexconnGroupChannelOperationProfile is long). */
function camelBreaks(name: string): string {
  return escapeHtml(name).replace(/([a-z0-9])(?=[A-Z])/g, '$1<wbr>');
}

function enumTable(values: EnumValue[]): string {
  const withNames = values.some((entry) => entry.name);
  const rows = values
    .map((entry) => `<tr><td><code>${escapeHtml(JSON.stringify(entry.value))}</code></td>${withNames ? `<td>${entry.name ? `<code>${escapeHtml(entry.name)}</code>` : ''}</td>` : ''}<td>${entry.description ? inlineHtml(entry.description) : ''}</td></tr>`)
    .join('\n');
  return `<table class="enum">
<thead><tr><th scope="col">Value</th>${withNames ? '<th scope="col">Name</th>' : ''}<th scope="col">Meaning</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function fieldRow(row: FieldRow): string {
  const parent = row.path.slice(0, row.path.length - row.name.length);
  const notes: string[] = [];
  if (row.isMap) notes.push('<p class="note">Free-form map: strict mode accepts any key.</p>');
  if (row.recursiveOf) notes.push(`<p class="note">Recursive: its fields are those of <a href="#type-${escapeHtml(row.recursiveOf)}"><code>${escapeHtml(row.recursiveOf)}</code></a>.</p>`);
  if (row.constraints.length > 0) notes.push(`<p class="note">Constraints: ${row.constraints.map(escapeHtml).join('; ')}.</p>`);
  if (row.examples.length > 0) notes.push(`<p class="note">Examples: ${row.examples.map((example) => `<code>${escapeHtml(JSON.stringify(example))}</code>`).join(', ')}.</p>`);
  return `<tr id="${row.anchor}" data-path="${escapeHtml(row.path)}" style="--depth:${row.depth}">
<td class="f-path" data-label="Field"><a class="anchor" href="#${row.anchor}" aria-label="Link to ${escapeHtml(row.path)}">#</a><code>${parent ? `<span class="parent">${breakable(parent)}</span>` : ''}<span class="name">${escapeHtml(row.name)}</span></code></td>
<td class="f-type" data-label="Type"><code>${typeHtml(row)}</code></td>
<td class="f-flag" data-label="Required">${row.required ? '<span class="badge required">required</span>' : '<span class="badge optional">optional</span>'}</td>
<td class="f-flag" data-label="Nullable">${row.nullable ? '<span class="badge nullable">nullable</span>' : '<span class="muted">no</span>'}</td>
<td class="f-desc" data-label="Description"><p>${inlineHtml(row.description)}</p>${row.enumValues ? enumTable(row.enumValues) : ''}${notes.join('')}</td>
</tr>`;
}

/** `; nested objects are expanded in place (data[].profiles is the profiles of each item of data)`, from the event's own rows. */
function nestingHint(event: DocsEvent): string {
  const nested = event.fields.find((row) => row.depth > 0);
  if (!nested) return '';
  const parent = nested.parentPath.replace(/(\[\]|\{\})+$/, '');
  const of = nested.parentPath.endsWith('[]') ? 'of each item of' : nested.parentPath.endsWith('{}') ? 'of each value of' : 'of';
  return `; nested objects are expanded in place (<code>${escapeHtml(nested.path)}</code> is the <code>${escapeHtml(nested.name)}</code> ${of} <code>${escapeHtml(parent)}</code>)`;
}

function typeSection(type: NamedType, event: DocsEvent): string {
  const byPath = new Map(event.fields.map((row) => [row.path, row]));
  const used = type.usedAt.map((path) => `<a href="#${byPath.get(path)!.anchor}"><code>${escapeHtml(path)}</code></a>`).join(', ');
  const kind = type.kind === 'object' ? 'object' : type.kind === 'enum' ? `${type.baseType ?? ''} enum` : (type.baseType ?? '');
  return `<section class="type" id="${escapeHtml(type.anchor)}" aria-labelledby="${escapeHtml(type.anchor)}-title">
<h3 id="${escapeHtml(type.anchor)}-title"><code>${escapeHtml(type.title)}</code> <span class="kind">${escapeHtml(kind)}</span></h3>
<p>${inlineHtml(type.description)}</p>
${type.enumValues ? enumTable(type.enumValues) : ''}
<p class="note">Used at: ${used}.</p>
</section>`;
}

function eventPage(model: DocsModel, vendor: DocsVendor, event: DocsEvent, previous: DocsEvent | undefined, next: DocsEvent | undefined): string {
  const from = sitePaths.event(vendor.id, event.slug);
  const examples = event.examples
    .map(
      (example) => `<figure class="example" id="example-${escapeHtml(example.name)}">
<figcaption><code>${escapeHtml(example.name)}</code> · <code>${escapeHtml(example.path)}</code>${example.reindented ? ' · re-indented here; the exact bytes are in the file' : ''}</figcaption>
${codeBlock({ language: 'json', code: example.json }, `Example payload ${example.name}`)}
</figure>`,
    )
    .join('\n');
  const maps = event.mapPaths.length > 0 ? ` Free-form maps accept any key even in strict mode: ${event.mapPaths.map((path) => `<code>${escapeHtml(path)}</code>`).join(', ')}.` : '';
  const pager = [
    previous ? `<a class="prev" href="${href(from, sitePaths.event(vendor.id, previous.slug))}" rel="prev"><span>Previous</span><code>${escapeHtml(previous.name)}</code></a>` : '<span></span>',
    next ? `<a class="next" href="${href(from, sitePaths.event(vendor.id, next.slug))}" rel="next"><span>Next</span><code>${escapeHtml(next.name)}</code></a>` : '<span></span>',
  ].join('\n');
  return layout(model, {
    path: from,
    title: `${event.name} · ${vendor.name} · ${model.project.name}`,
    description: `${vendor.name} ${event.name} webhook (${event.typeName}): fields, example payload, type and validator.`,
    trail: [['Reference', sitePaths.index], [escapeHtml(vendor.name), sitePaths.vendor(vendor.id)], [`<code>${escapeHtml(event.name)}</code>`, undefined]],
    body: `<h1 class="event-title"><code>${escapeHtml(event.name)}</code></h1>
<p class="lead">${inlineHtml(event.description)}</p>
${definitionTable([
  ['Vendor', `<a href="${href(from, sitePaths.vendor(vendor.id))}">${escapeHtml(vendor.name)}</a> · <a class="external" href="${escapeHtml(event.docsUrl)}" rel="noopener">vendor documentation</a>`],
  ['Type', `<code>${escapeHtml(event.typeName)}</code>`],
  ['Discriminator', `<code>${escapeHtml(`"${event.discriminator}": ${JSON.stringify(event.name)}`)}</code>`],
  ['Schema', `<code>${escapeHtml(event.schemaPath)}</code>`],
  ...(event.decision ? ([['Answer', `<a href="#answer">a decision</a>, within ${event.decision.timeoutSeconds} s`]] as [string, string][]) : []),
])}
<nav class="toc" aria-label="On this page"><a href="#when">When it fires</a>${event.decision ? '<a href="#answer">Answer</a>' : ''}<a href="#fields">Fields</a>${event.types.length > 0 ? '<a href="#types">Types</a>' : ''}<a href="#example">Example</a><a href="#typescript">TypeScript</a><a href="#validation">Validation</a><a href="#strict">Strict mode</a></nav>
<h2 id="when">When it fires</h2>
<p>${inlineHtml(event.description)}</p>
<p>${inlineHtml(event.delivery)} See <a href="${href(from, `${sitePaths.vendor(vendor.id)}#signature`)}">signature</a> and <a href="${href(from, `${sitePaths.vendor(vendor.id)}#retries`)}">retries</a>.</p>
${event.decision ? decisionSection(event, event.decision) : ''}
<h2 id="fields">Fields</h2>
<p>${event.fields.length} fields${nestingHint(event)}. Each row has a link of its own (<code>#</code>).</p>
<div class="table-wrap"><table class="fields stack">
<thead><tr><th scope="col" class="f-path">Field</th><th scope="col" class="f-type">Type</th><th scope="col" class="f-flag">Required</th><th scope="col" class="f-flag">Nullable</th><th scope="col" class="f-desc">Description</th></tr></thead>
<tbody>
${event.fields.map(fieldRow).join('\n')}
</tbody>
</table></div>
${event.types.length > 0 ? `<h2 id="types">Types</h2>\n${event.types.map((type) => typeSection(type, event)).join('\n')}` : ''}
<h2 id="example">Example payload</h2>
<p>From the vendor documentation, kept beside the schema and validated against it (also in strict mode).</p>
${examples}
<h2 id="typescript">TypeScript</h2>
<p>The payload type is <code>${escapeHtml(event.typeName)}</code>, a member of <code>${escapeHtml(vendor.typePrefix)}Event</code> and <code>${escapeHtml(`${vendor.typePrefix}EventMap[${JSON.stringify(event.name)}]`)}</code>.</p>
${codeBlock(event.snippets.typeImport, 'TypeScript import')}
<h2 id="validation">Validation</h2>
<p>Validate a parsed payload against this event only (the per-event subpath carries only this event's validator):</p>
${codeBlock(event.snippets.validate, 'Per-event validator')}
<p>Or parse and validate a raw request body, picking the event by <code>${escapeHtml(event.discriminator)}</code>:</p>
${codeBlock(event.snippets.parseWebhook, 'parseWebhook')}
<h2 id="strict">Strict mode</h2>
<p>The schema is open: the default (lenient) validation accepts properties it does not list, because vendors add fields without notice. <code>{ strict: true }</code> rejects every unknown property, at any depth, all reported at once: it detects drift between the docs and what the vendor really sends.${maps}</p>
${codeBlock(event.snippets.strict, 'Strict mode error')}
<nav class="pager" aria-label="Other ${escapeHtml(vendor.name)} events">
${pager}
</nav>`,
  });
}
