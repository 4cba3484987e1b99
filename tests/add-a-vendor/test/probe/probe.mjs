// Runs inside the copy of the workspace, where `acme` exists only as schemas: prints what each package does with it.
import { createReceiver } from '@chat-webhooks/receiver';
import { eventNames, getSchema, vendors } from '@chat-webhooks/schemas';
import { mock } from '@chat-webhooks/mocks';
import { parseWebhook, validate } from '@chat-webhooks/validators';
import { secretName, sign, verifySignature } from '@chat-webhooks/verify';

const secret = 'acme-secret';
const posted = mock('acme', 'message:posted', {}, { seed: 7 });
const envelope = (sentAt, texts) =>
  JSON.stringify({
    event: 'message:posted',
    deliveryId: 'delivery-1',
    sentAt,
    items: texts.map((text, index) => ({ messageId: `m-${index}`, sender: { userId: 'ada' }, text })),
  });

const seen = [];
const receiver = createReceiver({ vendor: 'acme', secret, awaitHandlers: true });
receiver.on('message:posted', (event, context) => {
  seen.push({ texts: event.items.map((item) => item.text), batch: context.batch, deliveryId: context.deliveryId });
});
const deliver = (body, signature = sign('acme', body, secret)) =>
  receiver.handle({ body, headers: { 'content-type': 'application/json', 'x-acme-signature': signature } });
const first = envelope(1764806400000, ['one', 'two']);
// The same delivery sent again with other bytes (a new `sentAt`): only the envelope's deliveryId says it is the same.
const again = envelope(1764806405000, ['one', 'two']);
const answers = [await deliver(first), await deliver(again), await deliver(envelope(1, ['forged']), '0'.repeat(64))];

console.log(
  JSON.stringify({
    vendorIds: vendors.map((facts) => facts.id),
    eventNames: eventNames('acme'),
    schemaTitle: getSchema('acme', 'channel:created').title,
    mock: {
      event: posted.event,
      valid: validate('acme', posted).ok,
      sameSeedSame: JSON.stringify(mock('acme', 'message:posted', {}, { seed: 7 })) === JSON.stringify(posted),
    },
    validation: {
      parsed: parseWebhook('acme', first).ok,
      wrongType: validate('acme', { ...posted, items: 'none' }).ok,
      unknownEvent: validate('acme', { ...posted, event: 'message:vanished' }).errors?.[0]?.keyword,
      strictDrift: validate('acme', { ...posted, shard: 3 }, { strict: true }).ok,
    },
    signing: {
      signature: sign('acme', first, secret),
      verified: verifySignature('acme', { body: first, signature: sign('acme', first, secret), secret }).ok,
      tampered: verifySignature('acme', { body: `${first} `, signature: sign('acme', first, secret), secret }).ok,
      secretName: secretName('acme'),
    },
    receiver: { statuses: answers.map((answer) => answer.status), duplicate: JSON.parse(answers[1].body).duplicate === true, seen },
  }),
);
