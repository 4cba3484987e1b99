import { passed, tally, type ReportCard } from './report-card.js';

/** A table cell's text: no line breaks, and nothing a Markdown renderer would read as a table edge or as HTML. */
function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\|`*_[\]<>&]/g, (character) =>
      character === '<' ? '&lt;' : character === '>' ? '&gt;' : character === '&' ? '&amp;' : `\\${character}`,
    );
}

export function markdownReport(card: ReportCard): string {
  const mark = { pass: 'pass', fail: '**FAIL**', skip: 'skip' } as const;
  return [
    `# ${cell(card.vendorName)} endpoint check: ${passed(card) ? 'ready' : 'not ready'}`,
    '',
    `- endpoint: ${cell(card.url)}`,
    `- delivery rule: ${cell(card.rule)}`,
    `- result: ${tally(card)}`,
    '',
    '| check | result | what was seen |',
    '|---|---|---|',
    ...card.results.map((result) => `| ${cell(result.title)} (\`${result.id}\`) | ${mark[result.status]} | ${cell(result.detail)} |`),
    '',
  ].join('\n');
}
