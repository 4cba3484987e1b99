import { createServer, type Server } from 'node:http';
import { createReceiver, toNodeMiddleware } from '@chat-webhooks/receiver';
import express from 'express';

/** An Express app that receives TalkPlus webhooks on POST /webhooks/talkplus and logs what it handled into `seen`. */
export function createApp(secret: string, seen: string[] = []): { server: Server; seen: string[] } {
  const receiver = createReceiver({ vendor: 'talkplus', secret })
    .on('member_added', (event) => {
      seen.push(`member_added ${event.channel.id}`);
    })
    .onUnknown((_payload, context) => {
      seen.push(`unknown ${context.name}`);
    })
    .onError((error) => {
      if (error.kind === 'handler') console.error(error);
    });

  const app = express();
  // The receiver reads the raw body itself: mount it before any JSON body parser.
  app.post('/webhooks/talkplus', toNodeMiddleware(receiver));
  app.use(express.json());
  app.get('/health', (_request, response) => {
    response.json({ ok: true });
  });
  return { server: createServer(app), seen };
}
