import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { checkInteger } from '../core/check-options.js';
import { INBOX_DEFAULTS, type Inbox, type InboxOptions, type NewDelivery, type StoredDelivery } from '../core/inbox.js';

export interface RedisInboxOptions extends InboxOptions {
  /** How to reach Redis: ioredis options (`{ host, port }`), as BullMQ takes them. */
  connection: ConnectionOptions;
  /** The BullMQ queue; every receiver and worker of one webhook endpoint shares it. Default `chat-webhooks`. */
  queueName?: string;
  /** Key prefix in Redis. Default BullMQ's (`bull`). */
  prefix?: string;
}

type JobData = NewDelivery;

const CLOSE_TIMEOUT_MS = 3000;

/**
 * The inbox at scale: a BullMQ queue on Redis. Any number of receiver processes store into it (`consume: false`
 * for processes that only answer HTTP) and any number of worker processes run the handlers (`consume: true`,
 * the same receiver with the same handlers). The delivery id is the job id, so a delivery stored by two
 * instances at once is one job and runs once; handled jobs are kept for `retentionMs` to recognise late retries.
 * `bullmq` and `ioredis` are optional peer dependencies.
 */
export function redisInbox(options: RedisInboxOptions): Inbox {
  const { consume, concurrency, maxAttempts, retryDelayMs, retentionMs } = { ...INBOX_DEFAULTS, ...options };
  checkInteger('concurrency', concurrency, { min: 1 });
  checkInteger('maxAttempts', maxAttempts, { min: 1 });
  checkInteger('retryDelayMs', retryDelayMs);
  checkInteger('retentionMs', retentionMs);
  const queueName = options.queueName ?? 'chat-webhooks';
  const prefix = options.prefix === undefined ? {} : { prefix: options.prefix };
  // When Redis is away a command fails after one reconnection attempt; the receiver's store deadline answers 503
  // sooner, and the vendor retries.
  const queue = new Queue<JobData>(queueName, {
    connection: { ...options.connection, maxRetriesPerRequest: 1 } as ConnectionOptions,
    ...prefix,
  });
  queue.on('error', () => {}); // Reported where it matters: by a failing `put`.
  let worker: Worker<JobData> | undefined;
  const seenKey = (id: string) => `${options.prefix ?? 'bull'}:${queueName}:chat-webhooks-seen:${id}`;
  // `as never`: ioredis 6's own option types do not satisfy exactOptionalPropertyTypes.
  const markers =
    options.connection instanceof Redis
      ? options.connection.duplicate()
      : new Redis({ maxRetriesPerRequest: 1, ...options.connection } as never);
  markers.on('error', () => {}); // Reported by the failing `put`.

  const jobOf = async (id: string) => (await queue.getJob(jobId(id))) as Job<JobData> | undefined;

  return {
    consumes: consume,
    async put(delivery) {
      // One marker per delivery id, set atomically: of two instances storing the same delivery, one stores it.
      // (The job id alone would keep it to one job too, but BullMQ does not tell the second caller.)
      if ((await markers.set(seenKey(delivery.id), '1', 'PX', retentionMs, 'NX')) !== 'OK') return 'duplicate';
      try {
        await queue.add(delivery.name, delivery, {
          jobId: jobId(delivery.id),
          attempts: maxAttempts,
          backoff: { type: 'exponential', delay: retryDelayMs },
          removeOnComplete: { age: Math.ceil(retentionMs / 1000) },
          removeOnFail: false,
        });
      } catch (error) {
        await markers.del(seenKey(delivery.id)).catch(() => {});
        throw error;
      }
      return 'stored';
    },
    start(processDelivery) {
      if (!consume) return;
      if (worker !== undefined) throw new Error('@chat-webhooks/receiver: this inbox is already consumed by a receiver');
      worker = new Worker<JobData>(queueName, (job) => processDelivery(toStored(job)), {
        connection: options.connection,
        concurrency,
        ...prefix,
      });
      worker.on('error', () => {}); // Connection trouble: BullMQ reconnects; handler failures are the job's.
    },
    async deadLetters() {
      const failed = (await queue.getFailed()) as Job<JobData>[];
      return failed
        .filter((job) => job.attemptsMade >= maxAttempts)
        .map(toStored)
        .sort((a, b) => a.receivedAt - b.receivedAt);
    },
    async replay(id) {
      const job = await jobOf(id);
      if (job === undefined || !(await job.isFailed())) return false;
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      return true;
    },
    async purge(id) {
      const jobs = id === undefined ? ((await queue.getFailed()) as Job<JobData>[]) : [await jobOf(id)].filter((job) => job !== undefined);
      let count = 0;
      for (const job of jobs) {
        if (await job.isFailed()) {
          await job.remove();
          count += 1;
        }
      }
      return count;
    },
    async close() {
      // Closing waits for running handlers, and for Redis; a Redis that is gone must not hang shutdown.
      await bounded(Promise.all([worker?.close(), queue.close()]), CLOSE_TIMEOUT_MS);
      await bounded(Promise.all([queue.disconnect(), worker?.disconnect()]), CLOSE_TIMEOUT_MS);
      markers.disconnect();
    },
  };
}

/** BullMQ job ids cannot contain ':' (our delivery ids do: `sendbird:<sha-256>`). */
function jobId(deliveryId: string): string {
  return deliveryId.replaceAll(':', '_');
}

function toStored(job: Job<JobData>): StoredDelivery {
  const { id, vendor, name, body, receivedAt } = job.data;
  return { id, vendor, name, body, receivedAt, attempts: job.attemptsMade, ...(job.failedReason ? { lastError: job.failedReason } : {}) };
}

async function bounded(promise: Promise<unknown> | undefined, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([promise?.catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
