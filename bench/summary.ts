import { median } from './measure.js';
import type { PayloadSet } from './payloads.js';

/** What one payload measured, as ratios of two median times (keys named by the caller). */
export interface Outcome {
  set: PayloadSet;
  bytes: number;
  ratios: Record<string, number>;
}

/** A goal of issue 15, read from one ratio of every payload it covers. */
export interface Goal {
  label: string;
  ratio: string;
  /** The A/A ratio (the same contender measured twice) of the same measurement: its spread is the noise. */
  noise: string;
  target: number;
  /** true: the ratio is their time / ours and must reach the target; false: ours / a baseline, must stay under it. */
  atLeast: boolean;
  minBytes?: number;
}

const SETS: PayloadSet[] = ['documented', 'captured', 'mock', 'synthetic'];
const x = (value: number) => `${value.toFixed(2)}x`;

/**
 * The noise band of an A/A ratio: 90% of payloads measured their two identical contenders within this factor of
 * each other (max(r, 1/r), 90th percentile over every payload of the run). A goal's ratio further off than this
 * from 1.00x is unlikely to be noise alone.
 */
export function noiseBand(outcomes: Outcome[], key: string): number {
  const spreads = outcomes.map((outcome) => Math.max(outcome.ratios[key]!, 1 / outcome.ratios[key]!)).sort((a, b) => a - b);
  return spreads.length === 0 ? 1 : spreads[Math.ceil(spreads.length * 0.9) - 1]!;
}

/** One Markdown table: a row per goal (and per A/A control), a column for all payloads and one per set. */
export function summaryTable(outcomes: Outcome[], goals: Goal[], controls: { label: string; ratio: string }[]): string {
  const columns: [string, Outcome[]][] = [
    ['all', outcomes],
    ...SETS.map((set) => [set, outcomes.filter((outcome) => outcome.set === set)] as [string, Outcome[]]).filter(
      ([, some]) => some.length > 0,
    ),
  ];
  const lines = [`| goal | ${columns.map(([name]) => name).join(' | ')} |`, `|---|${columns.map(() => '---|').join('')}`];
  for (const control of controls) {
    const cells = columns.map(([, some]) => {
      const ratios = some.map((outcome) => outcome.ratios[control.ratio]!);
      if (ratios.length === 0) return '-';
      return `median ${x(median(ratios))}, ${x(Math.min(...ratios))} to ${x(Math.max(...ratios))}, 90% within ${x(noiseBand(some, control.ratio))} (${ratios.length})`;
    });
    lines.push(`| ${control.label} | ${cells.join(' | ')} |`);
  }
  for (const goal of goals) {
    const band = noiseBand(outcomes, goal.noise);
    const cells = columns.map(([, some]) => {
      const ratios = some.filter((outcome) => outcome.bytes >= (goal.minBytes ?? 0)).map((outcome) => outcome.ratios[goal.ratio]!);
      if (ratios.length === 0) return '-';
      const worst = goal.atLeast ? Math.min(...ratios) : Math.max(...ratios);
      const missed = ratios.filter((ratio) => (goal.atLeast ? ratio < goal.target : ratio > goal.target)).length;
      const beyondNoise = ratios.filter((ratio) => (goal.atLeast ? ratio < goal.target / band : ratio > goal.target * band)).length;
      return `median ${x(median(ratios))}, worst ${x(worst)}, ${goal.atLeast ? 'behind' : 'over'} ${missed}/${ratios.length} (${beyondNoise} beyond noise)`;
    });
    lines.push(`| ${goal.label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
