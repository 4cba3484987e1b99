import type { Io } from '../io.js';
import { style } from '../style.js';
import type { CheckResult } from './checks/index.js';
import { passed, tally, type ReportCard } from './report-card.js';

/** One line per check: `PASS`, `FAIL` or `SKIP`, the check, and what was seen. */
export function resultLine(io: Io, result: CheckResult): string {
  const { green, red, dim } = style(io);
  const mark = { pass: green('PASS'), fail: red('FAIL'), skip: dim('SKIP') }[result.status];
  return `${mark} ${result.id.padEnd(14)} ${result.title}: ${result.status === 'skip' ? dim(result.detail) : result.detail}`;
}

export function verdictLine(io: Io, card: ReportCard): string {
  const { green, red, bold } = style(io);
  return passed(card) ? bold(green(`ready: ${tally(card)}`)) : bold(red(`not ready: ${tally(card)}`));
}
