// One contender of bench/receiver.ts in a process of its own: prints its port, answers POST / until SIGTERM.
// MODE: bare (node:http + JSON.parse only), memory, sqlite or redis (the receiver, handlers that do nothing).
import { createServer } from 'node:http';

const { MODE, SECRET, DB, REDIS_PORT } = process.env;

async function receiverMiddleware() {
  const { createReceiver, toNodeMiddleware } = await import('@chat-webhooks/receiver');
  const inbox =
    MODE === 'sqlite'
      ? (await import('@chat-webhooks/receiver/sqlite')).sqliteInbox({ path: DB })
      : MODE === 'redis'
        ? (await import('@chat-webhooks/receiver/redis')).redisInbox({
            connection: { host: '127.0.0.1', port: Number(REDIS_PORT) },
            queueName: `bench-${process.pid}`,
          })
        : undefined;
  const receiver = createReceiver({ vendor: 'sendbird', secret: SECRET, ...(inbox ? { inbox } : {}) }).onAny(() => {});
  return toNodeMiddleware(receiver);
}

function bare(request, response) {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
}

const handler = MODE === 'bare' ? bare : await receiverMiddleware();
const server = createServer(handler);
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
