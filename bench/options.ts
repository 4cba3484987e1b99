import { parseArgs } from 'node:util';

/** Flags that focus a run; absent flags leave every measurement as it is by default. */
export interface BenchOptions {
  /** Label filters (case-insensitive substrings, any of them): `--only=nexconn,mock`. */
  only: string[];
  /** Rounds and calls per sample for every measurement; absent, each table keeps its own defaults. */
  rounds?: number | undefined;
  batch?: number | undefined;
}

export function benchOptions(args: string[] = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args,
    options: { only: { type: 'string' }, rounds: { type: 'string' }, batch: { type: 'string' } },
    strict: true,
  });
  return {
    only:
      values.only === undefined
        ? []
        : values.only
            .split(',')
            .map((part) => part.trim().toLowerCase())
            .filter(Boolean),
    rounds: positiveInteger('rounds', values.rounds),
    batch: positiveInteger('batch', values.batch),
  };
}

/** Whether a payload's label passes `--only`. */
export function selected(options: BenchOptions, label: string): boolean {
  const lower = label.toLowerCase();
  return options.only.length === 0 || options.only.some((part) => lower.includes(part));
}

function positiveInteger(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new TypeError(`bench: --${flag} must be a positive integer, got ${JSON.stringify(text)}`);
  return value;
}
