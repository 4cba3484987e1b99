// A consumer outside the repository, compiled from packages installed from a registry. It must compile as ESM
// (nodenext and bundler) and as CommonJS, and print what it checked.
import { getExamples, eventNames, vendors, type Vendor } from '@chat-webhooks/schemas';
import type { TalkplusEvent } from '@chat-webhooks/types';
import { parseWebhook, validate } from '@chat-webhooks/validators';
import { validateTalkplusMemberAddedEvent } from '@chat-webhooks/validators/talkplus/member_added';
import { mock, sequence } from '@chat-webhooks/mocks';
import { sign, verifySignature } from '@chat-webhooks/verify';
import { createReceiver } from '@chat-webhooks/receiver';

const TALKPLUS_KEY = '92935b03e231483fc2cf75d9020f7e492c8fd9c7481eb4c79620ace7fe207d81';
const TALKPLUS_SIGNATURE = 'i7a/Z+7iS1P6kNpnmw6P0ZSmq83LGnrtacwaffTvIdo=';

function describeTalkplus(event: TalkplusEvent): string {
  return event.event === 'member_added' ? event.users.map((user) => user.id).join(',') : event.event;
}

let fixtures = 0;
let validFixtures = 0;
for (const facts of vendors) {
  const vendor = facts.id as Vendor;
  for (const name of eventNames(vendor)) {
    for (const example of getExamples(vendor, name)) {
      fixtures++;
      if (parseWebhook(vendor, example.body, { strict: true }).ok) validFixtures++;
    }
  }
}
const added = mock('talkplus', 'member_added', { channel: { id: 'room-1' } }, { seed: 1 });
const mocksValid =
  validateTalkplusMemberAddedEvent(added, { strict: true }).ok && sequence('sendbird').every((event) => validate('sendbird', event).ok);
const signedBody = getExamples('talkplus', 'channel_added').find((example) => example.name === 'signed-body')!.body;
const talkplusVector = verifySignature('talkplus', { body: signedBody, signature: TALKPLUS_SIGNATURE, secret: TALKPLUS_KEY }).ok;
const trailingNewlineRefused = !verifySignature('talkplus', {
  body: `${signedBody}\n`,
  signature: TALKPLUS_SIGNATURE,
  secret: TALKPLUS_KEY,
}).ok;

const seen: string[] = [];
const receiver = createReceiver({ vendor: 'talkplus', secret: TALKPLUS_KEY, awaitHandlers: true }).on('member_added', (event) => {
  seen.push(describeTalkplus(event));
});
const body = JSON.stringify(added);
receiver.handle({ body, headers: { 'x-talkplus-signature': sign('talkplus', body, TALKPLUS_KEY) } }).then((response) => {
  console.log(
    JSON.stringify({ fixtures, validFixtures, mocksValid, talkplusVector, trailingNewlineRefused, receiverStatus: response.status, seen }),
  );
});
