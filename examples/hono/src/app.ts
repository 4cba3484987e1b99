import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { createReceiver, toFetchHandler } from '@chat-webhooks/receiver';
import { webhookSchema } from '@chat-webhooks/validators';
import { sValidator } from '@hono/standard-validator';
import { Hono } from 'hono';

/** A Hono app that receives TalkPlus webhooks on POST /webhooks/talkplus; the same `app` runs on Workers, Deno and Bun. */
export function createApp(secret: string, seen: string[] = []) {
  const receiver = createReceiver({ vendor: 'talkplus', secret })
    .on('member_added', (event) => {
      seen.push(`member_added ${event.channel.id}`);
    })
    .onUnknown((_payload, context) => {
      seen.push(`unknown ${context.name}`);
    })
    .onError((error) => {
      // Refused requests (bad signature, invalid payload) are answered already; report the handlers' failures.
      if (error.kind === 'handler') console.error(error);
    });
  const handleWebhook = toFetchHandler(receiver);

  const app = new Hono();
  // The raw Request goes to the receiver untouched: do not call c.req.json() first.
  app.post('/webhooks/talkplus', (c) => handleWebhook(c.req.raw));

  // Events that reach us as JSON from a trusted hop (a queue consumer, another service, a replay tool), not signed
  // by the vendor: a Standard Schema validator is enough. `c.req.valid('json')` is a TalkplusEvent, narrowed by
  // `event`; an invalid body gets a 400 listing the issues, each with its path. `.strict` would refuse unknown fields.
  app.post('/events/talkplus', sValidator('json', webhookSchema('talkplus')), (c) => {
    const event = c.req.valid('json');
    seen.push(`relayed ${event.event}${event.event === 'member_added' ? ` ${event.users.length} user(s)` : ''}`);
    return c.json({ accepted: event.event });
  });
  return { app, seen };
}

/** The app behind a node:http server (for Node and for the tests). */
export function createNodeServer(secret: string): { server: Server; seen: string[] } {
  const { app, seen } = createApp(secret);
  return { server: createAdaptorServer({ fetch: app.fetch }) as Server, seen };
}
