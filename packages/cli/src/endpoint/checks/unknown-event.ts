import { describeOutcome } from '../send.js';
import type { Check } from './context.js';

export const unknownEventAcknowledged: Check = {
  id: 'unknown-event',
  title: 'an event added after this release is acknowledged (not 4xx)',
  async run(context) {
    const { payload, event } = context.fresh('unknown');
    // A real delivery of a name no schema has: vendors add events without notice, and a refusal gets it retried.
    const future = event.includes(':') ? `${event.split(':')[0]}:added_later` : 'added_later';
    const outcome = await context.send(context.delivery({ ...payload, [context.facts.discriminator]: future }, future));
    if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300)
      return { pass: true, detail: `"${future}": ${describeOutcome(outcome)}` };
    return { pass: false, detail: `"${future}": ${describeOutcome(outcome)}; acknowledge events you do not know (2xx) and log them` };
  },
};
