import { createServer, type Server } from 'node:http';
import { createReceiver, toNodeMiddleware, type ReceiverError } from '@chat-webhooks/receiver';
import type { NexconnPreMessagingDecision, NexconnPreMessagingMessage } from '@chat-webhooks/types/nexconn';
import { blocklistMatcher, localVerdict, messageText } from './moderation.js';

/** A few words this example refuses; pass your own list (`BLOCKLIST` in main.ts). */
export const DEFAULT_BLOCKLIST: readonly string[] = ['casino', 'viagra', 'free crypto'];

export interface ModerationAppOptions {
  /**
   * Who may deliver: `'vendor'` (default) for the addresses Nexconn publishes, or your own addresses and CIDR
   * blocks. Nexconn documents no signature, so the source address is what tells its deliveries apart.
   */
  allowSourceIps?: 'vendor' | readonly string[];
  /** Proxies in front of this server whose `X-Forwarded-For` entry to trust (default 0: the peer's own address). */
  trustProxy?: number;
  /** The time the moderation has to decide (default: the receiver's 4000 ms, below Nexconn's 5 s). */
  decisionTimeoutMs?: number;
  /** Words and phrases that block a message (default `DEFAULT_BLOCKLIST`). */
  blocklist?: readonly string[];
  /**
   * A further check after the local rules, e.g. a call to a moderation service: resolves the reason to block the
   * text, or undefined to let it through. When it takes longer than `decisionTimeoutMs`, the message goes through.
   */
  moderate?: (text: string, message: NexconnPreMessagingMessage) => string | undefined | Promise<string | undefined>;
  /** Where the receiver's problems go (refused sources, late decisions ...). Default `console.error`. */
  onError?: (error: ReceiverError) => void;
  /** Where the lines of `seen` are also written. Default: nowhere (main.ts passes `console.log`). */
  log?: (line: string) => void;
}

const PRE_MESSAGING = [
  'direct_channel:pre_messaging',
  'group_channel:pre_messaging',
  'open_channel:pre_messaging',
  'community_channel:pre_messaging',
] as const;

/**
 * A bare node:http server that runs a Nexconn pre-messaging moderation hook on POST /webhooks/nexconn: a message
 * with a phone number or a blocklisted word is blocked (`{ pass: 0, extra: <reason> }`, shown to the sender), any
 * other goes through (`{ pass: 1 }`). `message:send` deliveries are logged. `seen` gets one line per decision and
 * per sent message.
 */
export function createApp(options: ModerationAppOptions = {}, seen: string[] = []): { server: Server; seen: string[] } {
  const {
    allowSourceIps = 'vendor',
    blocklist = DEFAULT_BLOCKLIST,
    moderate,
    log,
    onError = (error: ReceiverError) => console.error(`[${error.kind}] ${error.message}`),
  } = options;
  const blocked = blocklistMatcher(blocklist);
  const note = (line: string) => {
    seen.push(line);
    log?.(line);
  };

  /** The decision for a pending message (a delivery may batch several: one blocked item blocks the delivery). */
  const decide = async (messages: readonly NexconnPreMessagingMessage[]): Promise<NexconnPreMessagingDecision> => {
    for (const message of messages) {
      const text = messageText(message);
      if (text === undefined) continue;
      const reason = localVerdict(text, blocked) ?? (await moderate?.(text, message));
      if (reason !== undefined) return { pass: 0, extra: reason };
    }
    return { pass: 1 };
  };

  const receiver = createReceiver({
    vendor: 'nexconn',
    // Nexconn publishes no signature scheme, and this receiver must not guess one: authenticity comes from the
    // addresses Nexconn publishes, checked before the body is read (403 for anyone else).
    allowSourceIps,
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    ...(options.decisionTimeoutMs === undefined ? {} : { decisionTimeoutMs: options.decisionTimeoutMs }),
  });
  for (const name of PRE_MESSAGING) {
    // The handler's return value is the answer. The receiver answers `{ pass: 1 }` instead if it is late or throws,
    // and gives a retry of this delivery (same `id`) the same decision without asking again.
    receiver.on(name, async (event) => {
      const decision = await decide(event.data);
      note(`${name} ${event.id} pass=${decision.pass}${decision.extra === undefined ? '' : ` (${decision.extra})`}`);
      return decision;
    });
  }
  receiver
    .on('message:send', (event) => {
      for (const message of event.data)
        note(`message:send ${message.messageId} ${message.messageType} from ${message.userId} in ${message.channelId}`);
    })
    .onUnknown((_payload, context) => {
      note(`unknown ${context.name}`);
    })
    .onError(onError);
  const receive = toNodeMiddleware(receiver);

  const server = createServer((request, response) => {
    if (request.url === '/webhooks/nexconn') return receive(request, response);
    response.writeHead(404).end();
  });
  return { server, seen };
}
