import { describeOutcome } from '../send.js';
import type { Check } from './context.js';

export const decisionInTime: Check = {
  id: 'decision',
  title: 'a synchronous event gets a decision within the deadline',
  skip: (context) => (context.facts.decisions === undefined ? `${context.facts.name} has no synchronous events` : undefined),
  async run(context) {
    const decisions = context.facts.decisions!;
    const event = decisions.events[0]!;
    const { payload } = context.fresh('decision', event);
    const outcome = await context.send(context.delivery(payload, event));
    const deadline = context.rule(event).timeoutMs;
    if (outcome.kind !== 'answer')
      return { pass: false, detail: `${event}: ${describeOutcome(outcome)}; the vendor gives up after ${deadline} ms` };
    let decision: unknown;
    try {
      decision = JSON.parse(outcome.body);
    } catch {
      decision = undefined;
    }
    // A decision carries at least what the decision that changes nothing carries (Nexconn: `pass`).
    const fields = Object.keys(decisions.default);
    const decided =
      typeof decision === 'object' && decision !== null && !Array.isArray(decision) && fields.every((field) => field in decision);
    const shown = outcome.body.length > 80 ? `${outcome.body.slice(0, 80)}...` : outcome.body;
    if (outcome.status === 200 && decided)
      return { pass: true, detail: `${event}: ${shown} in ${outcome.ms} ms (deadline ${deadline} ms)` };
    return {
      pass: false,
      detail: `${event}: ${describeOutcome(outcome)} without a decision (200 with ${fields.map((field) => `"${field}"`).join(', ')}; the answer was ${JSON.stringify(shown)})`,
    };
  },
};
