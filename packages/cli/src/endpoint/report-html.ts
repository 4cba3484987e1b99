import { passed, tally, type ReportCard } from './report-card.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: every character that could open a tag, an entity or leave an attribute is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** A self-contained page (no scripts, no external resources) with the report card as a table. */
export function htmlReport(card: ReportCard): string {
  const title = `${card.vendorName} endpoint check: ${passed(card) ? 'ready' : 'not ready'}`;
  const rows = card.results
    .map(
      (result) =>
        `<tr class="${result.status}"><td>${escapeHtml(result.title)} <code>${escapeHtml(result.id)}</code></td><td>${result.status.toUpperCase()}</td><td>${escapeHtml(result.detail)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; }
table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: .3rem .6rem; text-align: left; vertical-align: top; }
tr.pass td:nth-child(2) { color: #17702a; } tr.fail td:nth-child(2) { color: #b3261e; font-weight: bold; } tr.skip td { color: #666; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<ul>
<li>endpoint: ${escapeHtml(card.url)}</li>
<li>delivery rule: ${escapeHtml(card.rule)}</li>
<li>result: ${escapeHtml(tally(card))}</li>
</ul>
<table>
<thead><tr><th>check</th><th>result</th><th>what was seen</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
