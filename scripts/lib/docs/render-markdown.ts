import type {
  DocsAnswerType,
  DocsDownload,
  DocsEvent,
  DocsEventDecision,
  DocsModel,
  DocsVendor,
  EnumValue,
  FieldRow,
  NamedType,
  Snippet,
} from './build-docs-model.ts';
import { markdownPaths } from './paths.ts';
import { codeSpanMarkdown, inlineMarkdown, typeTokens } from './text.ts';

const BANNER =
  '<!-- Generated from schemas/ by scripts/generate-docs-package.ts. Do not edit: edit the schema and run `npm run generate`. -->\n\n';

/** The Markdown reference: file path (relative to `markdown/`) -> content. GitHub-flavoured, relative links only. */
export function renderMarkdown(model: DocsModel): Map<string, string> {
  const files = new Map<string, string>();
  files.set(markdownPaths.index, BANNER + indexPage(model));
  files.set(markdownPaths.project, BANNER + projectPage(model));
  for (const vendor of model.vendors) {
    files.set(markdownPaths.vendor(vendor.id), BANNER + vendorPage(vendor));
    for (const [index, event] of vendor.events.entries()) {
      files.set(
        markdownPaths.event(vendor.id, event.slug),
        BANNER + eventPage(vendor, event, vendor.events[index - 1], vendor.events[index + 1]),
      );
    }
  }
  return files;
}

const md = (text: string) => inlineMarkdown(text);
const cell = (text: string) => inlineMarkdown(text, { inTable: true });
const code = (text: string) => codeSpanMarkdown(text);
const codeCell = (text: string) => codeSpanMarkdown(text, { inTable: true });

function fence(snippet: Snippet): string {
  const body = snippet.code.endsWith('\n') ? snippet.code : `${snippet.code}\n`;
  const ticks = body.includes('```') ? '````' : '```';
  return `${ticks}${snippet.language}\n${body}${ticks}\n`;
}

function table(head: string[], rows: string[][]): string {
  return `${[`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')}\n`;
}

function bullets(items: string[]): string {
  return `${items.map((item) => `- ${md(item)}`).join('\n')}\n`;
}

function indexPage(model: DocsModel): string {
  const { project } = model;
  const vendorRows = model.vendors.map((vendor) => [
    `[${cell(vendor.name)}](${markdownPaths.vendor(vendor.id)})`,
    codeCell(vendor.discriminator),
    vendor.signature.documented
      ? `${codeCell(vendor.signature.header)} (${vendor.signature.algorithm}, ${vendor.signature.encoding})`
      : 'not documented',
    String(vendor.events.length),
  ]);
  const sections = model.vendors.map(
    (vendor) =>
      `## ${md(vendor.name)}\n\n` +
      table(
        ['Event', 'Type', 'Description'],
        vendor.events.map((event) => [
          `[${codeCell(event.name)}](${markdownPaths.event(vendor.id, event.slug)})`,
          codeCell(event.typeName),
          cell(event.description),
        ]),
      ),
  );
  return `# ${project.name} reference

${md(project.tagline)} ${model.events.length} webhook events of ${model.vendors.length} vendors, generated from the canonical JSON Schemas. See also [the project](${markdownPaths.project}): its packages and how to regenerate.

${table(['Vendor', 'Discriminator', 'Signature', 'Events'], vendorRows)}
${sections.join('\n')}`;
}

function projectPage(model: DocsModel): string {
  const { project } = model;
  return `[Reference](${markdownPaths.index}) › The project

# ${project.name}

${md(project.tagline)}

${project.about.map(md).join('\n\n')}

## Packages

${table(
  ['Package', 'What you get'],
  project.packages.map((entry) => [codeCell(entry.name), cell(entry.summary)]),
)}
## OpenAPI and AsyncAPI documents

In \`@chat-webhooks/openapi\` (\`@chat-webhooks/openapi/<file>\`), and here beside the pages:

${downloadList(project.downloads, '')}
## Vendors

${table(
  ['Vendor', 'Events'],
  project.vendors.map((vendor) => [`[${cell(vendor.name)}](${markdownPaths.vendor(vendor.id)})`, String(vendor.events)]),
)}
## How to regenerate

${project.regenerate.map((step) => `${md(step.text)}\n\n${fence(step.snippet)}`).join('\n')}
## These docs

${project.docsBuild.map((step) => `${md(step.text)}\n\n${fence(step.snippet)}`).join('\n')}`;
}

/** Links to the OpenAPI and AsyncAPI documents; `up` leads from the page's folder to the tree's root. */
function downloadList(downloads: DocsDownload[], up: string): string {
  return `${downloads
    .map((download) => `- [${code(download.file)}](${up}${markdownPaths.download(download.file)}): ${md(download.label)}`)
    .join('\n')}\n`;
}

function vendorPage(vendor: DocsVendor): string {
  const signature = vendor.signature.documented
    ? table(
        ['Fact', 'Value'],
        [
          ['Header', codeCell(vendor.signature.header)],
          ['Algorithm', cell(vendor.signature.algorithm)],
          ['Encoding', cell(vendor.signature.encoding)],
          ['Key', cell(vendor.signature.key)],
          ['Signed content', cell(vendor.signature.signedContent)],
        ],
      )
    : `**Not documented.** ${md(`${vendor.name} does not document how its webhooks are signed.`)}\n`;
  const retryRows: string[][] = [];
  if (vendor.retry.timeoutSeconds !== undefined) retryRows.push(['Response timeout', `${vendor.retry.timeoutSeconds} s`]);
  if (vendor.retry.maxAttempts !== undefined) retryRows.push(['Deliveries at most', String(vendor.retry.maxAttempts)]);
  if (vendor.retry.retryDelaySeconds !== undefined) retryRows.push(['Delay before a retry', `${vendor.retry.retryDelaySeconds} s`]);
  return `[Reference](../${markdownPaths.index}) › ${md(vendor.name)}

# ${md(vendor.name)} webhooks

${md(vendor.description)}

Vendor documentation: <${vendor.docsUrl}>

## Overview

${table(
  ['Fact', 'Value'],
  [
    ['Discriminator', `${codeCell(vendor.discriminator)}: its value names the event`],
    ['Event names', cell(vendor.eventNaming)],
    ['Type prefix', codeCell(vendor.typePrefix)],
    ['Delivery', `HTTP ${vendor.delivery.method}, JSON body`],
    ['Events', String(vendor.events.length)],
    ...overviewExtras(vendor),
  ],
)}
## Delivery headers

${table(
  ['Header', 'Value'],
  vendor.delivery.headers.map((header) => [codeCell(header.name), cell(header.value)]),
)}
${vendor.delivery.notes.length > 0 ? `${bullets(vendor.delivery.notes)}\n` : ''}## Signature

${signature}${vendor.signature.notes.length > 0 ? `\n${bullets(vendor.signature.notes)}` : ''}
${fence(vendor.verifySnippet)}
## Retries and timeout

${md(vendor.retry.summary)}

${retryRows.length > 0 ? `${table(['Fact', 'Value'], retryRows)}\n` : ''}${vendor.retry.notes.length > 0 ? bullets(vendor.retry.notes) : ''}${vendor.decisions ? `\n${md(vendor.decisions.retryNote)} See [synchronous events](#synchronous-events).\n` : ''}
## OpenAPI and AsyncAPI

${downloadList(vendor.downloads, '../')}
${vendor.sourceAddresses ? sourceAddressesSection(vendor, vendor.sourceAddresses) : ''}${vendor.decisions ? decisionsSection(vendor.decisions) : ''}## Not documented by ${md(vendor.name)}

${vendor.undocumented.length > 0 ? bullets(vendor.undocumented) : 'Nothing a receiver needs is missing.\n'}
## Events

${vendor.groups
  .map(
    (group) => `### ${md(group.title)} (${group.events.length})

${table(
  ['Event', 'Type', 'Fields', 'Description'],
  group.events.map((event) => [
    `[${codeCell(event.name)}](${markdownPaths.eventFromVendor(event.slug)})`,
    codeCell(event.typeName),
    String(event.fields.length),
    cell(event.description),
  ]),
)}`,
  )
  .join('\n')}`;
}

/**
 * Rows of the vendor overview for the optional facts: published source addresses, synchronous events. They link to
 * their sections by the headings' own anchors (`#source-addresses`, as GitHub and VitePress both spell them), so the
 * headings carry no `<a id>` of their own: it would repeat the heading's id on the page.
 */
function overviewExtras(vendor: DocsVendor): string[][] {
  const rows: string[][] = [];
  if (vendor.sourceAddresses) rows.push(['Source addresses', `[${vendor.sourceAddresses.addresses.length} published](#source-addresses)`]);
  if (vendor.decisions)
    rows.push([
      'Synchronous events',
      `[${vendor.decisions.events.length}](#synchronous-events), answered with a decision within ${vendor.decisions.timeoutSeconds} s`,
    ]);
  return rows;
}

function sourceAddressesSection(vendor: DocsVendor, source: NonNullable<DocsVendor['sourceAddresses']>): string {
  return `## Source addresses

${md(`${vendor.name} sends its webhooks from these ${source.addresses.length} addresses, read on ${source.readOn} from`)} <${source.docsUrl}>:

${source.addresses.map((address) => code(address)).join(' · ')}

${source.notes.length > 0 ? `${bullets(source.notes)}\n` : ''}### Allow only these addresses

${source.usage.map(md).join('\n\n')}

${fence(source.receiverSnippet)}
`;
}

function decisionsSection(decisions: NonNullable<DocsVendor['decisions']>): string {
  const events = decisions.events.map((event) => `[${codeCell(event.name)}](${markdownPaths.eventFromVendor(event.slug)})`).join(', ');
  const answerLink = `${markdownPaths.eventFromVendor(decisions.events[0]!.slug)}#${decisions.answer.anchor}`;
  return `## Synchronous events

${md(decisions.summary)}

${table(['Fact', 'Value'], [['Events', events], ...decisionRows(decisions, answerLink)])}
${decisions.notes.length > 0 ? `${bullets(decisions.notes)}\n` : ''}${md(decisions.receiver)}

${fence(decisions.receiverSnippet)}
`;
}

/** The facts of a decision, for the vendor page and for the event pages; `answerLink` is where the answer type is shown. */
function decisionRows(decisions: Omit<DocsEventDecision, 'answerOnPage'>, answerLink: string): string[][] {
  const rows = [
    ['Answer', `HTTP 200 with a JSON body: [${codeCell(decisions.answer.title)}](${answerLink})`],
    ['Vendor timeout', `${decisions.timeoutSeconds} s per attempt`],
  ];
  if (decisions.maxAttempts !== undefined) rows.push(['Attempts at most', `${decisions.maxAttempts}, then the vendor gives up`]);
  rows.push(['Receiver deadline', `${decisions.deadlineMs} ms by default (${codeCell('decisionTimeoutMs')})`]);
  rows.push(['Default decision', `${codeCell(decisions.defaultJson)} (${codeCell('defaultDecision')})`]);
  return rows;
}

function answerTypeSection(answer: DocsAnswerType): string {
  return `### <a id="${answer.anchor}"></a>${code(answer.title)}

object, the answer. ${md(answer.description)}

${table(
  ['Field', 'Type', 'Required', 'Description'],
  answer.fields.map((row) => [fieldCell(row), codeCell(row.type), row.required ? 'yes' : 'no', descriptionCell(row)]),
)}
Schema: ${code(answer.schemaPath)}.

`;
}

function decisionSection(event: DocsEvent, decision: DocsEventDecision): string {
  return `## <a id="answer"></a>Answer: a decision

${code(event.name)} is synchronous. ${md(decision.summary)}

${table(['Fact', 'Value'], decisionRows(decision, `#${decision.answer.anchor}`))}
${decision.notes.length > 0 ? `${bullets(decision.notes)}\n` : ''}${md(decision.receiver)}

${fence(decision.receiverSnippet)}
${decision.answerOnPage ? '' : answerTypeSection(decision.answer)}`;
}

function typeCell(row: FieldRow): string {
  return typeTokens(row.type, row.typeRefs)
    .map((token) => (token.ref ? `[${codeCell(token.text)}](#type-${token.text})` : codeCell(token.text)))
    .join('');
}

function enumLines(values: EnumValue[], inTable: boolean): string[] {
  const format = inTable ? cell : md;
  const codeOf = inTable ? codeCell : code;
  return values.map((entry) => {
    const name = entry.name ? ` ${codeOf(entry.name)}` : '';
    const meaning = entry.description ? `: ${format(entry.description)}` : '';
    return `${codeOf(JSON.stringify(entry.value))}${name}${meaning}`;
  });
}

function descriptionCell(row: FieldRow): string {
  const parts = [cell(row.description)];
  if (row.enumValues) parts.push(`Values:<br>${enumLines(row.enumValues, true).join('<br>')}`);
  if (row.isMap) parts.push('Free-form map: strict mode accepts any key.');
  if (row.recursiveOf) parts.push(`Recursive: its fields are those of [${codeCell(row.recursiveOf)}](#type-${row.recursiveOf}).`);
  if (row.constraints.length > 0) parts.push(`Constraints: ${row.constraints.map(cell).join('; ')}.`);
  if (row.examples.length > 0) parts.push(`Examples: ${row.examples.map((example) => codeCell(JSON.stringify(example))).join(', ')}.`);
  return parts.join('<br>');
}

/** The first cell of a field row: its anchor, and its path linking to it (the deep link a reader copies). */
function fieldCell(row: FieldRow): string {
  return `<a id="${row.anchor}"></a>[${codeCell(row.path)}](#${row.anchor})`;
}

function fieldTable(event: DocsEvent): string {
  return table(
    ['Field', 'Type', 'Required', 'Nullable', 'Description'],
    event.fields.map((row) => [
      fieldCell(row),
      typeCell(row),
      row.required ? 'yes' : 'no',
      row.nullable ? 'yes' : 'no',
      descriptionCell(row),
    ]),
  );
}

function typeSection(type: NamedType, event: DocsEvent): string {
  const byPath = new Map(event.fields.map((row) => [row.path, row]));
  const used = type.usedAt.map((path) => `[${code(path)}](#${byPath.get(path)!.anchor})`).join(', ');
  const kind = type.kind === 'object' ? 'object' : type.kind === 'enum' ? `${type.baseType} enum` : `${type.baseType}`;
  const values = type.enumValues
    ? `\n${table(
        ['Value', 'Name', 'Meaning'],
        type.enumValues.map((entry) => [
          codeCell(JSON.stringify(entry.value)),
          entry.name ? codeCell(entry.name) : '',
          entry.description ? cell(entry.description) : '',
        ]),
      )}`
    : '';
  return `### <a id="${type.anchor}"></a>${code(type.title)}

${kind}. ${md(type.description)}

Used at: ${used}.
${values}`;
}

function eventPage(vendor: DocsVendor, event: DocsEvent, previous: DocsEvent | undefined, next: DocsEvent | undefined): string {
  const examples = event.examples
    .map((example) => {
      const note = example.reindented ? ` (re-indented here; the exact bytes are in the file)` : '';
      return `${code(example.name)}: ${code(example.path)}${note}\n\n${fence({ language: 'json', code: example.json })}`;
    })
    .join('\n');
  const neighbours = [
    previous ? `← [${code(previous.name)}](${markdownPaths.eventFromVendor(previous.slug)})` : '',
    next ? `[${code(next.name)}](${markdownPaths.eventFromVendor(next.slug)}) →` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const maps =
    event.mapPaths.length > 0
      ? ` Free-form maps accept any key even in strict mode: ${event.mapPaths.map((path) => code(path)).join(', ')}.`
      : '';
  return `[Reference](../${markdownPaths.index}) › [${md(vendor.name)}](${markdownPaths.vendorFromEvent}) › ${code(event.name)}

# ${code(event.name)}

${md(vendor.name)} event · type ${code(event.typeName)} · [vendor documentation](${event.docsUrl}) · schema ${code(event.schemaPath)}

${md(event.description)}

## When it fires

${md(event.delivery)} See [${md(vendor.name)} webhooks](${markdownPaths.vendorFromEvent}) for headers, signature and retries.

${event.decision ? decisionSection(event, event.decision) : ''}## Fields

${fieldTable(event)}
${event.types.length > 0 ? `## Types\n\n${event.types.map((type) => typeSection(type, event)).join('\n')}\n` : ''}## Example payload

${examples}
## TypeScript

The payload type is ${code(event.typeName)}; it is a member of ${code(`${vendor.typePrefix}Event`)} and ${code(`${vendor.typePrefix}EventMap[${JSON.stringify(event.name)}]`)}.

${fence(event.snippets.typeImport)}
## Validation

Validate a parsed payload against this event only (the per-event subpath carries only this event's validator):

${fence(event.snippets.validate)}
Or parse and validate a raw request body, picking the event by ${code(event.discriminator)}:

${fence(event.snippets.parseWebhook)}
## Strict mode

The schema is open: the default (lenient) validation accepts properties it does not list, because vendors add fields without notice. ${code('{ strict: true }')} rejects every unknown property, at any depth, all reported at once: it detects drift between the docs and what the vendor really sends.${maps}

${fence(event.snippets.strict)}${neighbours ? `\n---\n\n${neighbours}\n` : ''}`;
}
