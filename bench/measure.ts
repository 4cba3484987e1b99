/** A contender: a function run many times per sample. */
export type Contenders = Record<string, () => unknown>;

let sink: unknown;

/**
 * Median nanoseconds per call of each contender. Rounds interleave the contenders (rotating who goes first),
 * each sample times a batch of calls after a warm-up, so that a noisy, shared machine hits everyone alike.
 */
export function measure(contenders: Contenders, { rounds = 9, batch = 5_000 } = {}): Record<string, number> {
  const names = Object.keys(contenders);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const fn of Object.values(contenders)) for (let i = 0; i < batch; i++) sink = fn();
  for (let round = 0; round < rounds; round++) {
    for (let offset = 0; offset < names.length; offset++) {
      const name = names[(round + offset) % names.length]!;
      const fn = contenders[name]!;
      for (let i = 0; i < batch / 10; i++) sink = fn();
      const start = process.hrtime.bigint();
      for (let i = 0; i < batch; i++) sink = fn();
      samples[name]!.push(Number(process.hrtime.bigint() - start) / batch);
    }
  }
  if (sink === measure) console.log('unreachable');
  return Object.fromEntries(names.map((name) => [name, median(samples[name]!)]));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
