import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mock } from '@chat-webhooks/mocks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createReceiver, type ReceiverError } from '../src/index.js';
import { redisDedupeStore, redisInbox } from '../src/redis/index.js';
import { SECRETS, signedDelivery } from './helpers.js';
import { markerLines, startReceiverProcess, waitUntil, type ReceiverProcess } from './receiver-process.js';
import { redisServerAvailable, startRedisServer, type RedisServer } from './redis-server.js';

// A real redis-server (Debian's) on 127.0.0.1 and a free port; BullMQ and ioredis as users run them.
const available = redisServerAvailable();
let redis: RedisServer;
let dir: string;
const processes: ReceiverProcess[] = [];
const closers: (() => Promise<void>)[] = [];
let queueCount = 0;
beforeAll(async () => {
  if (available) redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});
afterEach(async () => {
  await Promise.all(processes.splice(0).map((child) => child.kill()));
  await Promise.all(closers.splice(0).map((close) => close()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});
const queueName = () => `test-${process.pid}-${++queueCount}`;
const connection = () => ({ host: '127.0.0.1', port: redis.port });

describe.skipIf(!available)('Redis inbox (BullMQ) and Redis de-duplication', () => {
  it('two receiver processes on one Redis, given the same delivery at once, handle it once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'redis-inbox-'));
    const marker = join(dir, 'handled.log');
    const env = { INBOX: 'redis', REDIS_PORT: String(redis.port), QUEUE: queueName(), MARKER: marker, SECRET: SECRETS.sendbird };
    const [one, two] = await Promise.all([startReceiverProcess(env), startReceiverProcess(env)]);
    processes.push(one!, two!);
    const delivery = signedDelivery('sendbird', mock('sendbird', 'group_channel:message_send', undefined, { seed: 11 }));
    const answers = await Promise.all([one!.post(delivery), two!.post(delivery), one!.post(delivery), two!.post(delivery)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(answers.filter((answer) => JSON.parse(answer.body).duplicate !== true)).toHaveLength(1);
    await waitUntil(() => markerLines(marker).length > 0);
    // Give a second run every chance to happen before counting: both workers stop, finishing what they run.
    await Promise.all([one!.stop(), two!.stop()]);
    expect(markerLines(marker)).toHaveLength(1);
  });

  it('receivers that only store (consume: false) and a worker elsewhere: the worker runs the handlers', async () => {
    const queue = queueName();
    const seen: string[] = [];
    const front = createReceiver({
      vendor: 'talkplus',
      secret: SECRETS.talkplus,
      inbox: redisInbox({ connection: connection(), queueName: queue, consume: false }),
    });
    const worker = createReceiver({
      vendor: 'talkplus',
      secret: SECRETS.talkplus,
      inbox: redisInbox({ connection: connection(), queueName: queue }),
    }).on('member_added', (event, context) => {
      seen.push(`${event.event} ${context.attempt}`);
    });
    closers.push(
      () => front.close(),
      () => worker.close(),
    );
    expect((await front.handle(signedDelivery('talkplus', mock('talkplus', 'member_added', undefined, { seed: 1 })))).status).toBe(200);
    await waitUntil(() => seen.length === 1);
    expect(seen).toEqual(['member_added 1']);
  });

  it('a handler that throws is retried with backoff, dead-lettered, then replayed by API', async () => {
    let healthy = false;
    const attempts: number[] = [];
    const receiver = createReceiver({
      vendor: 'sendbird',
      secret: SECRETS.sendbird,
      inbox: redisInbox({ connection: connection(), queueName: queueName(), maxAttempts: 2, retryDelayMs: 20 }),
    })
      .on('user:block', (_event, context) => {
        attempts.push(context.attempt);
        if (!healthy) throw new Error('search index down');
      })
      .onError(() => {});
    closers.push(() => receiver.close());
    expect((await receiver.handle(signedDelivery('sendbird', mock('sendbird', 'user:block', undefined, { seed: 5 })))).status).toBe(200);
    await waitUntil(async () => (await receiver.deadLetters()).length === 1);
    expect(attempts).toEqual([1, 2]);
    const [dead] = await receiver.deadLetters();
    expect(dead).toMatchObject({ name: 'user:block', attempts: 2, lastError: expect.stringContaining('search index down') });
    healthy = true;
    expect(await receiver.replay(dead!.id)).toBe(true);
    await waitUntil(() => attempts.length === 3);
    await waitUntil(async () => (await receiver.deadLetters()).length === 0);
    expect(attempts[2]).toBe(1);
  });

  it('Redis stopped: the receiver answers 503 (the vendor retries), acknowledges nothing and runs no handler', async () => {
    const own = await startRedisServer();
    const errors: ReceiverError[] = [];
    let handled = 0;
    const receiver = createReceiver({
      vendor: 'talkplus',
      secret: SECRETS.talkplus,
      storeTimeoutMs: 2000,
      inbox: redisInbox({ connection: { host: '127.0.0.1', port: own.port }, queueName: queueName() }),
    })
      .onAny(() => {
        handled += 1;
      })
      .onError((error) => {
        errors.push(error);
      });
    closers.push(() => receiver.close().catch(() => {}));
    await own.stop();
    const response = await receiver.handle(signedDelivery('talkplus', mock('talkplus', 'channel_added', undefined, { seed: 2 })));
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBeDefined();
    expect(errors.map((error) => error.kind)).toContain('inbox');
    expect(handled).toBe(0);
  });

  it('the Redis de-duplication store: of two instances claiming one delivery at once, one wins; release lets a retry in', async () => {
    const [a, b] = [redisDedupeStore({ redis: connection() }), redisDedupeStore({ redis: connection() })];
    closers.push(
      () => a.close(),
      () => b.close(),
    );
    const key = `delivery-${queueName()}`;
    const claims = await Promise.all([a.claim(key, 60_000), b.claim(key, 60_000), a.claim(key, 60_000)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    await b.release(key);
    expect(await a.claim(key, 60_000)).toBe(true);
  });

  it('two in-process receivers sharing the Redis store run a delivery once', async () => {
    let runs = 0;
    const make = () => {
      const dedupe = redisDedupeStore({ redis: connection() });
      closers.push(() => dedupe.close());
      return createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus, dedupe }).onAny(() => {
        runs += 1;
      });
    };
    const [one, two] = [make(), make()];
    const delivery = signedDelivery('talkplus', mock('talkplus', 'user_blocked', undefined, { seed: 9 }));
    const answers = await Promise.all([one.handle(delivery), two.handle(delivery)]);
    expect(answers.map((answer) => JSON.parse(answer.body).duplicate === true).sort()).toEqual([false, true]);
    await waitUntil(() => runs === 1);
  });
});
