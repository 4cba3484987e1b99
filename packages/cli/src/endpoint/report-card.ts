import type { CheckResult } from './checks/index.js';

/** A whole run: what was checked, under which rule, and each check's verdict. */
export interface ReportCard {
  vendor: string;
  vendorName: string;
  url: string;
  rule: string;
  results: CheckResult[];
}

/** Every check that applies passed: skipped ones neither pass nor fail. */
export function passed(card: ReportCard): boolean {
  return card.results.every((result) => result.status !== 'fail');
}

export function tally(card: ReportCard): string {
  const count = (status: CheckResult['status']) => card.results.filter((result) => result.status === status).length;
  return `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`;
}
