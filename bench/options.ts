import { parseArgs } from 'node:util';

/** Flags that focus a run; absent flags leave every measurement as it is by default. */
export interface BenchOptions {
  /** Label filters (case-insensitive substrings, any of them): `--only=nexconn,mock`. */
  only: string[];
  /** Payload sets to measure (`--sets=documented,captured`); empty, every set. */
  sets: string[];
  /** Rounds and calls per sample for every measurement; absent, each table keeps its own defaults. */
  rounds?: number | undefined;
  batch?: number | undefined;
}

export function benchOptions(args: string[] = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args,
    options: { only: { type: 'string' }, sets: { type: 'string' }, rounds: { type: 'string' }, batch: { type: 'string' } },
    strict: true,
  });
  return {
    only: list(values.only),
    sets: list(values.sets),
    rounds: positiveInteger('rounds', values.rounds),
    batch: positiveInteger('batch', values.batch),
  };
}

const list = (text: string | undefined) =>
  text === undefined
    ? []
    : text
        .split(',')
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean);

/** Whether a payload passes `--only` (its label) and `--sets` (its set). */
export function selected(options: BenchOptions, label: string, set: string): boolean {
  const lower = label.toLowerCase();
  return (
    (options.only.length === 0 || options.only.some((part) => lower.includes(part))) &&
    (options.sets.length === 0 || options.sets.includes(set))
  );
}

function positiveInteger(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new TypeError(`bench: --${flag} must be a positive integer, got ${JSON.stringify(text)}`);
  return value;
}
