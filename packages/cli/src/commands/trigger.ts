import { parseArgs } from 'node:util';
import { vendors } from '@chat-webhooks/schemas';
import type { Command } from '../command.js';
import { buildDelivery, eventOf } from '../endpoint/delivery.js';
import { exchangeJson, exchangeLine, isAccepted } from '../endpoint/exchange-line.js';
import { integerFlag } from '../endpoint/options.js';
import { deliveryRule, type RuleOverrides } from '../endpoint/rule.js';
import { SECRET_VARIABLE, signingSecret, unsignedNote } from '../endpoint/secret.js';
import { deliver } from '../endpoint/send.js';
import { fileSource, mockSource, sequenceSource, type SourceBody } from '../endpoint/sources.js';
import { targetUrl } from '../endpoint/target.js';
import { style } from '../style.js';
import { UsageError } from '../usage-error.js';
import { eventArg, vendorArg } from '../vendor-arg.js';

const NAME = 'trigger';

export const triggerCommand: Command = {
  name: NAME,
  summary: 'send signed deliveries to your endpoint as the vendor does (headers, body bytes, timeout and retries)',
  help: `Usage: chat-webhooks trigger <vendor> <event | sequence | file.jsonl> --url URL [options]

Sends deliveries to your endpoint as the vendor does: its method and headers (user agent, content type, the
signature; Sendbird also x-signature and unicode-escaped), its body bytes (Sendbird writes "/" as "\\/"), and its
timeout and retry rule from vendor.json (Sendbird: waits 5 s, up to 3 sends; TalkPlus: one retry 5 s later;
Nexconn: documented for pre-messaging only, 5 s and up to 3 sends; other events once). A send is repeated only
when it got no answer (timeout, broken connection): an error status is an answer.

What to send:
  <event>            a realistic mock of the event (--seed picks another one)
  sequence           a channel's whole life, in order (also: --sequence)
  file.jsonl         captured deliveries (\`chat-webhooks capture\` records, or one JSON payload per line),
                     their bodies byte for byte, signed again

The signature uses the secret in the ${SECRET_VARIABLE} environment variable, never an argument: Sendbird's
master API token, TalkPlus's App API key. Nexconn documents no signature: its deliveries go out unsigned, and
the command says so.

Each delivery prints one line (event, each send's status and latency, retries); --json prints JSON Lines.
Exit code 0 when every delivery was answered 2xx, 1 otherwise, 2 for a mistake in the call.

Options:
  --url URL             the endpoint; must be on this machine unless --allow-remote
  --allow-remote        allow a URL that is not 127.0.0.1, ::1 or localhost (your own endpoint)
  --seed N              mock or sequence seed (default 20240101)
  --sequence            send the vendor's life sequence
  --messages N          messages in the sequence (default 3, at most 100)
  --max-deliveries N    refuse files with more deliveries (default 1000, at most 10000)
  --timeout-ms MS       wait this long for an answer instead of the vendor's timeout (1 to 60000)
  --attempts N          sends per delivery instead of the vendor's (1 to 5)
  --retry-delay-ms MS   from one send's start to the next, at least the timeout (0 to 60000)
  --json                JSON Lines for machines

Examples:
  CHAT_WEBHOOKS_SECRET=... chat-webhooks trigger sendbird sequence --url http://127.0.0.1:3000/webhooks/sendbird
  CHAT_WEBHOOKS_SECRET=... chat-webhooks trigger talkplus member_added --seed 7 --url http://localhost:8787/
  CHAT_WEBHOOKS_SECRET=... chat-webhooks trigger talkplus captured.jsonl --url http://127.0.0.1:8787/ --json`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        'allow-remote': { type: 'boolean' },
        seed: { type: 'string' },
        sequence: { type: 'boolean' },
        messages: { type: 'string' },
        'max-deliveries': { type: 'string' },
        'timeout-ms': { type: 'string' },
        attempts: { type: 'string' },
        'retry-delay-ms': { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const vendor = vendorArg(positionals[0], NAME);
    if (positionals.length > 2)
      throw new UsageError(`unexpected argument "${positionals[2]}"; the secret comes from ${SECRET_VARIABLE}, never an argument`, NAME);
    if (values.sequence && positionals[1] !== undefined && positionals[1] !== 'sequence')
      throw new UsageError(`--sequence and "${positionals[1]}" exclude each other: send one or the other`, NAME);
    const what = values.sequence ? 'sequence' : positionals[1];
    const url = targetUrl(values.url, values['allow-remote'] ?? false, NAME);
    const seed = integerFlag(values.seed, 'seed', { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 20240101 }, NAME);
    const messages = integerFlag(values.messages, 'messages', { min: 0, max: 100, fallback: 3 }, NAME);
    const maxDeliveries = integerFlag(values['max-deliveries'], 'max-deliveries', { min: 1, max: 10_000, fallback: 1000 }, NAME);
    const overrides: RuleOverrides = {};
    if (values['timeout-ms'] !== undefined)
      overrides.timeoutMs = integerFlag(values['timeout-ms'], 'timeout-ms', { min: 1, max: 60_000, fallback: 0 }, NAME);
    if (values.attempts !== undefined)
      overrides.maxAttempts = integerFlag(values.attempts, 'attempts', { min: 1, max: 5, fallback: 0 }, NAME);
    if (values['retry-delay-ms'] !== undefined)
      overrides.retryDelayMs = integerFlag(values['retry-delay-ms'], 'retry-delay-ms', { min: 0, max: 60_000, fallback: 0 }, NAME);
    const secret = signingSecret(vendor, NAME);

    let bodies: Iterable<SourceBody>;
    if (what === undefined)
      throw new UsageError(`name what to send: an event of ${vendor}, "sequence", or a .jsonl file of captured deliveries`, NAME);
    if (what === 'sequence') bodies = sequenceSource(vendor, seed, messages);
    else if (/\.jsonl?$/i.test(what) || what === '-') bodies = await fileSource(io, vendor, what, maxDeliveries, NAME);
    else bodies = mockSource(vendor, eventArg(vendor, what, NAME), seed);

    const { bold, red, green, dim } = style(io);
    if (secret === undefined) io.err(`chat-webhooks trigger: ${unsignedNote(vendor)}\n`);
    const facts = vendors.find((candidate) => candidate.id === vendor)!;
    if (!values.json) io.out(`${dim(`Sending to ${url.href} as ${facts.name}: ${deliveryRule(vendor, undefined, overrides).summary}`)}\n`);
    let sent = 0;
    let accepted = 0;
    for (const { body, origin } of bodies) {
      const event = eventOf(vendor, body);
      const delivery = buildDelivery(vendor, body, secret === undefined ? undefined : { secret }, event);
      const rule = deliveryRule(vendor, event, overrides);
      const exchange = await deliver(url, delivery, rule);
      sent++;
      if (isAccepted(exchange)) accepted++;
      io.out(
        `${values.json ? exchangeJson(delivery, exchange, origin) : exchangeLine(io, delivery, exchange, rule.maxAttempts, origin)}\n`,
      );
    }
    if (!values.json)
      io.out(
        `${bold(`${sent} deliver${sent === 1 ? 'y' : 'ies'}`)}: ${accepted === sent ? green(`all answered 2xx`) : red(`${sent - accepted} not answered 2xx`)}\n`,
      );
    return accepted === sent ? 0 : 1;
  },
};
