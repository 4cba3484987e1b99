import { SECRET_VARIABLE } from '../secret.js';
import { describeOutcome, type Outcome } from '../send.js';
import { type Check, type CheckContext, watchingProcessed } from './context.js';

const noSignature = (context: CheckContext) =>
  context.secret === undefined
    ? `${context.facts.name} documents no signature scheme: authenticate its deliveries by source address`
    : undefined;

/** A bad request must get a 4xx and must not be processed (when the endpoint lets us count). */
async function refused(context: CheckContext, send: () => Promise<Outcome>): Promise<{ pass: boolean; detail: string }> {
  const { result: outcome, moved } = await watchingProcessed(context, send);
  const counted = moved === undefined ? '' : moved > 0 ? `; processed (the count went up by ${moved})` : '; not processed';
  if (outcome.kind !== 'answer') return { pass: false, detail: `${describeOutcome(outcome)}${counted}` };
  if (outcome.status >= 200 && outcome.status < 300) {
    return {
      pass: false,
      detail: `accepted with ${outcome.status}: it looks processed${moved === undefined ? ' (pass --processed-url to count)' : counted}`,
    };
  }
  if (outcome.status < 400 || outcome.status >= 500)
    return { pass: false, detail: `answered ${outcome.status}, not a 4xx refusal${counted}` };
  return { pass: moved === undefined || moved === 0, detail: `refused with ${describeOutcome(outcome)}${counted}` };
}

export const signedAccepted: Check = {
  id: 'signed',
  title: 'a signed delivery is accepted (2xx)',
  async run(context) {
    const { payload, event } = context.fresh('signed');
    const outcome = await context.send(context.delivery(payload, event));
    // Nothing else can be graded when nothing answers: a runtime error, not a report card of connection failures.
    if (outcome.kind === 'error') throw new Error(`cannot reach ${context.url.href}: ${outcome.message}`);
    const unsigned = context.secret === undefined ? ' (sent unsigned: nothing to sign with)' : '';
    if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300)
      return { pass: true, detail: `${describeOutcome(outcome)}${unsigned}` };
    const hint =
      outcome.kind === 'answer' && outcome.status === 401 ? `: is ${SECRET_VARIABLE} the secret the endpoint verifies with?` : '';
    return { pass: false, detail: `${describeOutcome(outcome)}${hint}${unsigned}` };
  },
};

export const unsignedRefused: Check = {
  id: 'unsigned',
  title: 'an unsigned delivery is refused',
  skip: noSignature,
  run: (context) => {
    const { payload, event } = context.fresh('unsigned');
    return refused(context, () => context.send(context.delivery(payload, event, 'unsigned')));
  },
};

export const wrongSecretRefused: Check = {
  id: 'wrong-secret',
  title: 'a signature made with another secret is refused',
  skip: noSignature,
  run: (context) => {
    const { payload, event } = context.fresh('wrong-secret');
    return refused(context, () => context.send(context.delivery(payload, event, { secret: `${context.secret}-not-it` })));
  },
};

export const truncatedBodyRefused: Check = {
  id: 'truncated-body',
  title: 'a signature over a truncated body is refused',
  skip: noSignature,
  run: (context) => {
    const { payload, event } = context.fresh('truncated');
    const delivery = context.delivery(payload, event);
    // Signed over the first half only: an endpoint comparing prefixes, or verifying what a proxy cut short, accepts it.
    const signed = context.delivery(payload, event, {
      secret: context.secret!,
      over: delivery.body.subarray(0, Math.floor(delivery.body.byteLength / 2)),
    });
    return refused(context, () => context.send(signed));
  },
};

export const reserialisedRefused: Check = {
  id: 'reserialised',
  title: 'a signature over re-serialised JSON is refused (only the raw bytes verify)',
  skip: noSignature,
  run: (context) => {
    const { payload, event } = context.fresh('reserialised');
    // The vendor's bytes when they differ from JSON.stringify (Sendbird's "\/"); otherwise the same JSON indented.
    let delivery = context.delivery(payload, event);
    const reserialised = new TextEncoder().encode(JSON.stringify(payload));
    if (Buffer.from(delivery.body).equals(reserialised))
      delivery = { ...delivery, body: new TextEncoder().encode(JSON.stringify(payload, null, 2)) };
    const signed = context.delivery(payload, event, { secret: context.secret!, over: reserialised });
    return refused(context, () => context.send({ ...signed, body: delivery.body }));
  },
};
