import { describeOutcome } from '../send.js';
import type { Check } from './context.js';

export const hugeBodyRefused: Check = {
  id: 'huge-body',
  title: 'a huge body is refused with 413',
  async run(context) {
    const { payload, event } = context.fresh('huge');
    const size = context.limits.hugeBytes;
    // Signed and well-formed: the only thing wrong with it is its size.
    const outcome = await context.send(context.delivery({ ...payload, padding: 'x'.repeat(size) }, event));
    const what = `a ${size}-byte body`;
    if (outcome.kind === 'answer' && outcome.status === 413) return { pass: true, detail: `${what}: ${describeOutcome(outcome)}` };
    if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300)
      return { pass: false, detail: `${what} was accepted (${outcome.status}): cap the body size (the receiver's maxBodyBytes)` };
    return { pass: false, detail: `${what}: ${describeOutcome(outcome)}, not 413` };
  },
};
