import type { Example, Finding } from '../analyse.js';
import { asDate } from '../timestamp-unit.js';
import type { EventCounts } from '../tally.js';
import { html, raw, type SafeHtml } from './escape.js';
import { STYLES } from './styles.js';

/** One finding as the report shows it: what the proposal says of it, and its own diff ('' when none applies). */
export interface ReportItem {
  finding: Finding;
  text: string;
  applied: boolean;
  diff: string;
}

export interface ReportInput {
  vendor: string;
  /** The inputs as named on the command line. */
  inputs: string[];
  /** Payloads read, and those left out of the analysis. */
  total: number;
  skipped: { notJson: number; otherEvent: number };
  /** By event, in the order first seen. */
  events: Map<string, EventCounts>;
  /** The first and last `receivedAt` of capture records, when there were any. */
  received?: { first: string; last: string };
  items: ReportItem[];
}

/** A section lists this many findings at most; the diff (--propose) has them all. */
export const MAX_FINDINGS_PER_EVENT = 100;
/** A diff beside a finding shows this many lines at most (a new nested object can be long) ... */
export const MAX_DIFF_LINES = 60;
/** ... each cut to this many characters (an example value in the edit can be a whole delivered string). */
export const MAX_DIFF_LINE_CHARS = 400;

const KIND_LABELS: Record<Finding['kind'], string> = {
  newProperty: 'new property',
  missingRequired: 'required, but absent',
  widenType: 'type refused',
  nullableRef: 'null refused',
  enumValue: 'enum value',
  timestampUnit: 'timestamp unit',
  manual: 'hand edit',
};

/**
 * The drift report as one self-contained HTML page: inline styles, no scripts, no fetched assets, so that it opens
 * offline and can be attached to a pull request. Every piece of text goes through `html`, which escapes it.
 */
export function renderReport(input: ReportInput): string {
  const events = [...input.events];
  const findings = input.items.length;
  const title = `Drift report: ${input.vendor}`;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<style>${raw(STYLES)}</style>
</head>
<body>
<main>
<header>
<p class="eyebrow">chat-webhooks drift</p>
<h1>${input.vendor}: ${findings === 0 ? 'the schemas fit every delivery' : `${findings} ${plural(findings, 'finding')} in ${eventsWithFindings(input)} of ${events.length} ${plural(events.length, 'event')}`}</h1>
<p class="meta">${input.total} ${plural(input.total, 'delivery', 'deliveries')} read from ${input.inputs.join(', ')}${input.received ? html`, received ${input.received.first} to ${input.received.last}` : ''}${skippedNote(input.skipped)}.</p>
</header>
${summaryTable(events, input.items)}
${events.map(([event, counts], index) =>
  eventSection(
    event,
    index,
    counts,
    input.items.filter((item) => item.finding.events.has(event)),
  ),
)}
<footer>Counts: how the installed validators judge each delivery (valid, drift: valid but with what strict mode refuses, invalid). Findings and edits: the schemas in the checkout. Apply the edits with <code>chat-webhooks drift ${input.vendor} … --write</code>, then finish the <code>TODO(review):</code> notes.</footer>
</main>
</body>
</html>
`;
  return page.text;
}

function summaryTable(events: [string, EventCounts][], items: ReportItem[]): SafeHtml {
  return html`<table>
<thead><tr><th>event</th><th>deliveries</th><th>valid</th><th>drift</th><th>invalid</th><th>findings</th></tr></thead>
<tbody>
${events.map(([event, counts], index) => {
  const found = items.filter((item) => item.finding.events.has(event)).length;
  return html`<tr><td><a href="#event-${index}">${event}</a></td><td>${counts.deliveries}</td>${cell(counts.valid, 'valid')}${cell(counts.drift, 'drift')}${cell(counts.invalid + counts.unknown, 'invalid')}${cell(found, 'drift')}</tr>\n`;
})}</tbody>
</table>`;
}

function cell(count: number, kind: string): SafeHtml {
  return html`<td class="${count === 0 ? 'none' : kind}">${count}</td>`;
}

function eventSection(event: string, index: number, counts: EventCounts, items: ReportItem[]): SafeHtml {
  const shown = items.slice(0, MAX_FINDINGS_PER_EVENT);
  return html`<section class="event" id="event-${index}">
<h2><a href="#event-${index}">${event}</a></h2>
<ul class="counts">
<li class="pill">${counts.deliveries} ${plural(counts.deliveries, 'delivery', 'deliveries')}</li>
<li class="pill ${counts.valid > 0 ? 'valid' : 'none'}">${counts.valid} valid</li>
<li class="pill ${counts.drift > 0 ? 'drift' : 'none'}">${counts.drift} drift</li>
<li class="pill ${counts.invalid > 0 ? 'invalid' : 'none'}">${counts.invalid} invalid</li>
${counts.unknown > 0 ? html`<li class="pill invalid">${counts.unknown} not in the installed validators</li>` : ''}
</ul>
${items.length === 0 ? html`<p class="fit">The schemas fit these deliveries.</p>` : shown.map((item) => findingCard(item, event))}
${items.length > shown.length ? html`<p class="note">${items.length - shown.length} more ${plural(items.length - shown.length, 'finding')}: see <code>--propose</code>.</p>` : ''}
</section>
`;
}

function findingCard(item: ReportItem, event: string): SafeHtml {
  const { finding } = item;
  const others = [...finding.events].filter((name) => name !== event).sort();
  const badge = finding.kind === 'manual' ? 'badge manual' : finding.kind === 'timestampUnit' ? 'badge description' : 'badge';
  return html`<article class="finding">
<div>
<span class="${badge}">${KIND_LABELS[finding.kind]}</span>
<p class="text">${item.text}</p>
<p class="where"><code>schemas/${finding.file}#${finding.pointer}</code>${others.length > 0 ? html` · also in ${others.join(', ')}` : ''}</p>
<h3>First seen</h3>
<ol class="examples">${finding.examples.map((example) => exampleItem(example, finding))}</ol>
</div>
<div>
<h3>Proposed change</h3>
${item.diff === '' ? html`<p class="note">No edit is proposed: ${item.applied ? 'the edit changes no text' : 'this needs a hand edit'}.</p>` : diffBlock(item.diff)}
</div>
</article>
`;
}

function exampleItem(example: Example, finding: Finding): SafeHtml {
  const where = [
    `delivery #${example.delivery}`,
    example.file === undefined ? '' : `${example.file}${example.line === undefined ? '' : `:${example.line}`}`,
    example.receivedAt === undefined ? '' : `received ${example.receivedAt}`,
    example.event,
  ]
    .filter(Boolean)
    .join(' · ');
  // A timestamp's example says what each reading of it means: the reader sees which one is plausible.
  const reading = finding.kind === 'timestampUnit' && example.value !== undefined ? readings(Number(example.value), finding) : '';
  return html`<li>${where}, at <code>${example.path === '' ? '/' : example.path}</code>${example.value === undefined ? html`: absent` : html`<pre>${example.value}${reading}</pre>`}</li>`;
}

function readings(value: number, finding: Extract<Finding, { kind: 'timestampUnit' }>): string {
  return [finding.stated, ...finding.seen.keys()].map((unit) => `\n  as ${unit}: ${asDate(value, unit)}`).join('');
}

function diffBlock(diff: string): SafeHtml {
  const lines = diff.split('\n').filter((line) => line !== '');
  const file = lines.find((line) => line.startsWith('+++ b/'))?.slice('+++ b/'.length) ?? '';
  const body = lines.filter((line) => !/^(?:diff --git |--- a\/|\+\+\+ b\/)/.test(line));
  const shown = body
    .slice(0, MAX_DIFF_LINES)
    .map((line) => (line.length <= MAX_DIFF_LINE_CHARS ? line : `${line.slice(0, MAX_DIFF_LINE_CHARS - 1)}…`));
  const kind = (line: string) => (line.startsWith('@@') ? 'hunk' : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : 'ctx');
  return html`<p class="file">${file}</p>
<pre class="diff">${shown.map((line) => html`<span class="${kind(line)}">${line}</span>`)}${body.length > shown.length ? html`<span class="hunk">… ${body.length - shown.length} more lines: see --propose</span>` : ''}</pre>`;
}

function eventsWithFindings(input: ReportInput): number {
  return [...input.events.keys()].filter((event) => input.items.some((item) => item.finding.events.has(event))).length;
}

function skippedNote(skipped: ReportInput['skipped']): string {
  const parts = [
    skipped.notJson > 0 ? `${skipped.notJson} not JSON` : '',
    skipped.otherEvent > 0 ? `${skipped.otherEvent} of another vendor or an event without a schema` : '',
  ].filter(Boolean);
  return parts.length === 0 ? '' : ` (left out: ${parts.join(', ')})`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}
