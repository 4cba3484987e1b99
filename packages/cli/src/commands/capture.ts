import { createServer } from 'node:http';
import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  createReceiver,
  toNodeMiddleware,
  type Receiver,
  type ReceiverOptions,
  type WebhookRequest,
  type WebhookResponse,
} from '@chat-webhooks/receiver';
import { vendors, type Vendor } from '@chat-webhooks/schemas';
import type { CaptureRecord } from '../capture-record.js';
import type { Command } from '../command.js';
import { verdictOf } from '../drift/verdict.js';
import type { Io } from '../io.js';
import { style } from '../style.js';
import { UsageError } from '../usage-error.js';
import { vendorArg } from '../vendor-arg.js';

const SECRET_VARIABLE = 'CHAT_WEBHOOKS_SECRET';
// Signatures, and anything else that would let a reader of the capture file forge or replay as the user.
const SECRET_HEADER = /signature|authorization|cookie|token|secret|api-key/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export const captureCommand: Command = {
  name: 'capture',
  summary: 'receive real deliveries on 127.0.0.1, answer them, and append them to a JSONL file',
  help: `Usage: chat-webhooks capture <vendor> --out <file.jsonl> [--port N] [--strict-answers]
                            [--allow-source <ip|cidr|vendor>...] [--trust-proxy N] [--unsafe-no-verify]

A local receiver on 127.0.0.1 (@chat-webhooks/receiver): it checks each request as your server would, answers
the vendor as the receiver does (Nexconn pre-messaging: the default decision, { "pass": 1 }), and appends
each authentic delivery to the file: raw body, time received, headers with signatures redacted, the answer,
and how it validates. On a terminal each delivery shows live (event, valid / invalid / drift) with a running
summary; piped, one plain line each. Ctrl-C prints the summary and exits 0. Point a tunnel (ngrok, cloudflared)
at the port to receive from the vendor.

Refused requests (bad or missing signature, source not allowed, too large) are shown but not recorded: the
file holds only what the vendor really sent, so it can go straight to \`validate\` and \`drift\`.

The signing secret is read from the ${SECRET_VARIABLE} environment variable only, never from an argument
(shell history and process lists would keep it): Sendbird's master API token, TalkPlus's App API key.
Nexconn signs nothing: allow its published addresses (--allow-source vendor), your own, or pass
--unsafe-no-verify to accept anyone (a local test only).

Options:
  --out FILE            JSON Lines file to append to (created if missing)
  --port N              port on 127.0.0.1 (default 0: a free port, printed)
  --allow-source X      address or CIDR block allowed to send, or "vendor" for the addresses the vendor
                        publishes (repeatable); anyone else gets 403
  --trust-proxy N       proxies in front (a tunnel counts): the X-Forwarded-For entry N hops from the right
                        is the source address
  --unsafe-no-verify    accept every request without authentication
  --strict-answers      answer 400 to authentic deliveries that break the schema (default: acknowledge
                        them, as the receiver does, so that the vendor does not drop them)

Examples:
  CHAT_WEBHOOKS_SECRET=... chat-webhooks capture talkplus --port 8787 --out captured.jsonl
  chat-webhooks capture nexconn --port 8787 --out nexconn.jsonl --allow-source vendor --trust-proxy 1`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        port: { type: 'string' },
        'allow-source': { type: 'string', multiple: true },
        'trust-proxy': { type: 'string' },
        'unsafe-no-verify': { type: 'boolean' },
        'strict-answers': { type: 'boolean' },
      },
    });
    const vendor = vendorArg(positionals[0], 'capture');
    if (positionals.length > 1)
      throw new UsageError(
        `unexpected argument "${positionals[1]}"; the secret comes from ${SECRET_VARIABLE}, never an argument`,
        'capture',
      );
    if (values.out === undefined) throw new UsageError('name the file to append deliveries to: --out captured.jsonl', 'capture');
    const port = integer(values.port ?? '0', '--port', 65535);
    const trustProxy = values['trust-proxy'] === undefined ? 0 : integer(values['trust-proxy'], '--trust-proxy', 64);
    const receiver = receiverFor(
      vendor,
      values['allow-source'],
      values['unsafe-no-verify'] ?? false,
      trustProxy,
      values['strict-answers'] ?? false,
    );
    let file: Awaited<ReturnType<typeof open>>;
    try {
      file = await open(values.out, 'a');
    } catch (error) {
      throw new Error(`cannot open ${values.out}: ${(error as Error).message}`);
    }
    const live = liveView(io, vendor);
    // One append at a time, in arrival order; each delivery is on disk before the vendor gets its answer.
    let appending = Promise.resolve();
    const recording: Receiver<Vendor> = {
      ...receiver,
      handle: async (request, options) => {
        const answer = await receiver.handle(request, options);
        const record = captureRecord(vendor, request, answer);
        if (record === undefined) {
          live.refused(answer);
          return answer;
        }
        const appended = appending.then(() => file.appendFile(`${JSON.stringify(record)}\n`));
        appending = appended.catch(() => {});
        try {
          await appended;
        } catch (error) {
          // Not kept: a 503 makes the vendor send it again, once the disk is back.
          io.err(`chat-webhooks capture: cannot append to ${values.out}: ${(error as Error).message}\n`);
          return {
            status: 503,
            headers: { 'content-type': 'application/json', 'retry-after': '5' },
            body: JSON.stringify({ ok: false, error: 'temporarily unavailable' }),
          };
        }
        live.recorded(record);
        return answer;
      },
    };
    const server = createServer(toNodeMiddleware(recording));
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
      });
    } catch (error) {
      await file.close();
      throw new Error(`cannot listen on 127.0.0.1:${port}: ${(error as Error).message}`);
    }
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
    io.out(`Capturing ${vendor} deliveries on ${url} into ${values.out} (Ctrl-C prints the summary and stops)\n`);
    await io.interrupted();
    // Stop taking requests, let the ones in flight finish and be written, then report.
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await appending;
    await file.close();
    await receiver.close();
    live.finish();
    return 0;
  },
};

function integer(value: string, option: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max)
    throw new UsageError(`${option} must be an integer from 0 to ${max}, got "${value}"`, 'capture');
  return Number(value);
}

/** The receiver as the flags ask: the vendor's signature with the secret from the environment, an allowlist, or nothing. */
function receiverFor(
  vendor: Vendor,
  allowSource: string[] | undefined,
  unsafe: boolean,
  trustProxy: number,
  rejectInvalid: boolean,
): Receiver<Vendor> {
  const secret = process.env[SECRET_VARIABLE];
  const signature = vendors.find((facts) => facts.id === vendor)?.signature;
  const allow = allowSource === undefined ? {} : { allowSourceIps: allowSource.includes('vendor') ? ('vendor' as const) : allowSource };
  if (allowSource?.includes('vendor') && allowSource.length > 1)
    throw new UsageError("--allow-source vendor stands alone: it is the vendor's published list", 'capture');
  let auth: Partial<ReceiverOptions<Vendor>>;
  if (unsafe) {
    if (secret)
      throw new UsageError(
        `--unsafe-no-verify and ${SECRET_VARIABLE} exclude each other: unset the variable, or drop the flag to check signatures`,
        'capture',
      );
    auth = { unsafeSkipVerification: true };
  } else if (signature?.documented) {
    if (!secret)
      throw new UsageError(
        `set ${SECRET_VARIABLE} to the signing secret (the ${signature.secretName}); it is never taken as an argument`,
        'capture',
      );
    auth = { secret };
  } else {
    if (allowSource === undefined)
      throw new UsageError(
        `${vendor} signs nothing: pass --allow-source vendor (its published addresses), --allow-source <ip|cidr>, or --unsafe-no-verify for a local test`,
        'capture',
      );
    auth = {};
  }
  try {
    return (
      createReceiver<Vendor>({ vendor, ...auth, ...allow, trustProxy, rejectInvalid })
        // Why a request was refused is shown live from its answer; the receiver's own log would say it twice.
        .onError(() => {})
    );
  } catch (error) {
    throw new UsageError((error as Error).message.replace('@chat-webhooks/receiver: ', ''), 'capture');
  }
}

/** Refused answers: the request never passed the checks, so it is not a delivery and is not recorded. */
const REFUSED = new Set([401, 403, 413]);

function captureRecord(vendor: Vendor, request: WebhookRequest, answer: WebhookResponse): CaptureRecord | undefined {
  if (REFUSED.has(answer.status)) return undefined;
  const bytes = typeof request.body === 'string' ? new TextEncoder().encode(request.body) : request.body;
  const { verdict, name } = verdictOf(vendor, bytes);
  let text: string | undefined;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = undefined;
  }
  return {
    chatWebhooksCapture: 1,
    receivedAt: new Date().toISOString(),
    vendor,
    ...(name === undefined ? {} : { event: name }),
    verdict,
    answer: { status: answer.status, body: answer.body },
    headers: redacted(request.headers),
    ...(text === undefined ? { bodyBase64: Buffer.from(bytes).toString('base64') } : { body: text }),
  };
}

function redacted(headers: WebhookRequest['headers']): Record<string, string> {
  const entries: [string, string][] =
    'get' in headers && typeof headers.get === 'function'
      ? [...(headers as unknown as Headers).entries()]
      : Object.entries(headers as Record<string, string | string[] | undefined>).flatMap(([name, value]) =>
          value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : String(value)] as [string, string]],
        );
  return Object.fromEntries(entries.map(([name, value]) => [name.toLowerCase(), SECRET_HEADER.test(name) ? '[redacted]' : value]));
}

/** Each delivery as it arrives; on a terminal, a running summary kept on the last line. */
function liveView(io: Io, vendor: Vendor) {
  const { red, green, yellow, dim, bold } = style(io);
  const counts = { valid: 0, drift: 0, invalid: 0, unknown: 0, refused: 0 };
  const summary = () => {
    const recorded = counts.valid + counts.drift + counts.invalid + counts.unknown;
    return `${recorded} recorded: ${green(`${counts.valid} valid`)}, ${yellow(`${counts.drift} drift`)}, ${red(`${counts.invalid} invalid`)}, ${counts.unknown} unknown event; ${counts.refused} refused`;
  };
  const print = (line: string) => {
    if (io.isTTY) io.out(`\r\u001b[K${line}\n${dim(summary())}`);
    else io.out(`${line}\n`);
  };
  const time = () => new Date().toISOString().slice(11, 19);
  return {
    recorded(record: CaptureRecord) {
      counts[record.verdict]++;
      const colour = { valid: green, drift: yellow, invalid: red, unknown: yellow }[record.verdict];
      print(`${time()}  ${record.event ?? '?'}  ${colour(record.verdict)}  ${dim(`answered ${record.answer.status}`)}`);
    },
    refused(answer: WebhookResponse) {
      counts.refused++;
      let why = '';
      try {
        why = String((JSON.parse(answer.body) as { error?: unknown }).error ?? '');
      } catch {
        // An answer is always JSON; without a reason the status says enough.
      }
      print(`${time()}  ${red(`refused ${answer.status}`)}  ${why}  ${dim('(not recorded)')}`);
    },
    finish() {
      io.out(`${io.isTTY ? '\r\u001b[K' : ''}${bold(`${vendor} capture`)}: ${summary()}\n`);
    },
  };
}
