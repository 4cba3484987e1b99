import type { Outcome } from '../send.js';
import type { Check } from './context.js';

/** The nearest-rank percentile of sorted values: p99 of 20 values is the largest, as it should be for so few. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export const answerTime: Check = {
  id: 'timing',
  title: "answers within the vendor's timeout (p50/p99 over a burst)",
  async run(context) {
    const { burst, concurrency } = context.limits;
    const rule = context.rule();
    const outcomes: Outcome[] = [];
    let next = 0;
    // `concurrency` senders share the burst: at most that many requests are open at any time.
    const sender = async () => {
      while (next < burst) {
        const index = next++;
        const { payload, event } = context.fresh(`burst-${index}`);
        outcomes.push(await context.send(context.delivery(payload, event)));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, burst) }, sender));
    const times = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    const p99 = percentile(times, 99);
    const late = outcomes.filter((outcome) => outcome.kind === 'timeout').length;
    const failed = outcomes.filter((outcome) => outcome.kind === 'error').length;
    const refused = outcomes.filter((outcome) => outcome.kind === 'answer' && (outcome.status < 200 || outcome.status >= 300)).length;
    const figures = `p50 ${p50} ms, p99 ${p99} ms over ${burst} deliveries (${Math.min(concurrency, burst)} at a time) against a ${rule.timeoutMs} ms timeout`;
    const problems = [
      late > 0 ? `${late} got no answer in time: the vendor would send them again` : '',
      failed > 0 ? `${failed} connection(s) failed` : '',
      refused > 0 ? `${refused} not answered 2xx` : '',
    ].filter(Boolean);
    const pass = problems.length === 0 && p99 < rule.timeoutMs;
    return { pass, detail: pass ? figures : `${figures}; ${problems.join(', ') || 'p99 at the timeout'}: answer at once, work afterwards` };
  },
};
