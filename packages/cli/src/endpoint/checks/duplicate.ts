import { describeOutcome } from '../send.js';
import { type Check, watchingProcessed } from './context.js';

/** Whether an answer says it was a duplicate, as @chat-webhooks/receiver does (`{"ok":true,"duplicate":true}`). */
function saysDuplicate(body: string): boolean {
  try {
    return (JSON.parse(body) as { duplicate?: unknown }).duplicate === true;
  } catch {
    return false;
  }
}

export const sameDeliveryTwice: Check = {
  id: 'duplicate',
  title: 'the same delivery twice is acknowledged and handled once',
  async run(context) {
    const { payload, event } = context.fresh('duplicate');
    const delivery = context.delivery(payload, event);
    const {
      result: [first, second],
      moved,
    } = await watchingProcessed(context, async () => [await context.send(delivery), await context.send(delivery)] as const);
    const answers = `${describeOutcome(first)}, then ${describeOutcome(second)}`;
    for (const outcome of [first, second]) {
      if (outcome.kind !== 'answer' || outcome.status < 200 || outcome.status >= 300)
        return { pass: false, detail: `${answers}: both sends must be acknowledged, or the vendor keeps sending` };
    }
    if (moved !== undefined)
      return moved === 1
        ? { pass: true, detail: `${answers}; processed once` }
        : { pass: false, detail: `${answers}; processed ${moved} times (the count went up by ${moved})` };
    if (second.kind === 'answer' && saysDuplicate(second.body))
      return { pass: true, detail: `${answers}; the second answer reports the duplicate` };
    return {
      pass: false,
      detail: `${answers}; the second answer does not report a duplicate, so it looks processed twice (pass --processed-url to count, or --skip duplicate)`,
    };
  },
};
