import { createServer, type Server } from 'node:http';
import { createReceiver, toNodeMiddleware } from '@chat-webhooks/receiver';

/** A bare node:http server that receives Sendbird webhooks on POST /webhooks/sendbird. */
export function createApp(masterApiToken: string, seen: string[] = []): { server: Server; seen: string[] } {
  const receiver = createReceiver({ vendor: 'sendbird', secret: masterApiToken })
    .on('open_channel:message_send', (event) => {
      seen.push(`open_channel:message_send ${event.channel.channel_url}`);
    })
    .onUnknown((_payload, context) => {
      seen.push(`unknown ${context.name}`);
    })
    .onError((error) => {
      // Refused requests (bad signature, invalid payload) are answered already; report the handlers' failures.
      if (error.kind === 'handler') console.error(error);
    });
  const receive = toNodeMiddleware(receiver);

  const server = createServer((request, response) => {
    if (request.url === '/webhooks/sendbird') return receive(request, response);
    response.writeHead(404).end();
  });
  return { server, seen };
}
