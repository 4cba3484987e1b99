/** A contender: a function run many times per sample. */
export type Contenders = Record<string, () => unknown>;

let sink: unknown;

/**
 * Median nanoseconds per call of each contender. Rounds interleave the contenders (rotating who goes first),
 * each sample times a batch of calls after a warm-up, so that a noisy, shared machine hits everyone alike.
 * Each contender runs in a loop of its own (see `call`): one loop shared by every contender calls a different
 * function each sample, and V8 then runs it as a megamorphic call, or deoptimises it when the callee changes,
 * and which of the two a sample gets depends on when a background compile finishes.
 */
export function measure(contenders: Contenders, { rounds = 9, batch = 5_000, warmUpMs = 40 } = {}): Record<string, number> {
  const names = Object.keys(contenders);
  const loops = Object.fromEntries(names.map((name) => [name, ownLoop()]));
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  // Warm-up by time, not by count: V8 compiles optimised code in the background, which takes 10-20 ms on this
  // machine, and a sample taken before it arrives measures the interpreter. A few thousand calls of 30 ns are over
  // long before that, so each contender runs until its optimised code has had time to arrive.
  for (const name of names) {
    const until = performance.now() + warmUpMs;
    do sink = loops[name]!(contenders[name]!, batch);
    while (performance.now() < until);
  }
  for (let round = 0; round < rounds; round++) {
    for (let offset = 0; offset < names.length; offset++) {
      const name = names[(round + offset) % names.length]!;
      const fn = contenders[name]!;
      const loop = loops[name]!;
      sink = loop(fn, batch / 10);
      const start = process.hrtime.bigint();
      sink = loop(fn, batch);
      samples[name]!.push(Number(process.hrtime.bigint() - start) / batch);
    }
  }
  if (sink === measure) console.log('unreachable');
  return Object.fromEntries(names.map((name) => [name, median(samples[name]!)]));
}

/**
 * `() => fn(...args)`, compiled anew on each call. V8 keeps the feedback of a call site per place in the source,
 * shared by every closure made there: `() => validate(payload)` written once for 168 payloads calls 168 different
 * functions from one call site, and every contender would be measured through a megamorphic call. A thunk of its
 * own calls one function, as a call site in an application does, for every contender alike. The arguments are read
 * from an array on each call: were they constants of the thunk, V8 could fold a boolean check of a payload it
 * knows (its fields never change) into `true`, and time nothing.
 */
export function call(fn: (...args: never[]) => unknown, ...args: unknown[]): () => unknown {
  const reads = args.map((_, index) => `args[${index}]`);
  return compile(['f', 'args'], `return () => f(${reads.join(', ')});`)(fn, [...args]) as () => unknown;
}

/** `() => fn(JSON.parse(body))`, with feedback of its own (see `call`). */
export function callAfterParse(fn: (value: never) => unknown, body: string): () => unknown {
  return compile(['f', 'args'], 'return () => f(JSON.parse(args[0]));')(fn, [body]) as () => unknown;
}

/**
 * Each result is kept in a local, as an application would use it and let it go. (Storing every result in an array
 * instead makes each allocating contender pay a write barrier per call that no application pays; dropping the
 * calls is not open to V8 anyway, since `call` reads the arguments at every call.)
 */
function ownLoop(): (fn: () => unknown, count: number) => unknown {
  return compile(['fn', 'count'], 'let last; for (let i = 0; i < count; i++) last = fn(); return last;') as never;
}

let compiled = 0;

/**
 * `new Function`, with source text of its own each time: V8 caches what it compiled by source text, and functions
 * compiled from the same text share their feedback, which would make every loop and every thunk one call site again.
 */
function compile(parameters: string[], body: string): (...args: unknown[]) => unknown {
  return new Function(...parameters, `${body} // ${compiled++}`) as (...args: unknown[]) => unknown;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
