import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
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

type JobData = NewDelivery & { nonce: string };

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
  // Storing must fail at once when Redis is away, so that the receiver answers 503 and the vendor retries:
  // no offline queue on the producer's connection.
  const queue = new Queue<JobData>(queueName, { connection: { ...options.connection, enableOfflineQueue: false } as ConnectionOptions, ...prefix });
  queue.on('error', () => {}); // Reported where it matters: by a failing `put`.
  let worker: Worker<JobData> | undefined;

  const jobOf = async (id: string) => (await queue.getJob(jobId(id))) as Job<JobData> | undefined;

  return {
    consumes: consume,
    async put(delivery) {
      const nonce = `${process.pid}-${Math.random()}`;
      const job = await queue.add(delivery.name, { ...delivery, nonce }, {
        jobId: jobId(delivery.id),
        attempts: maxAttempts,
        backoff: { type: 'exponential', delay: retryDelayMs },
        removeOnComplete: { age: Math.ceil(retentionMs / 1000) },
        removeOnFail: false,
      });
      // BullMQ hands back the existing job for a known id: someone stored this delivery before.
      return job.data.nonce === nonce ? 'stored' : 'duplicate';
    },
    start(processDelivery) {
      if (!consume) return;
      if (worker !== undefined) throw new Error('@chat-webhooks/receiver: this inbox is already consumed by a receiver');
      worker = new Worker<JobData>(queueName, (job) => processDelivery(toStored(job)), { connection: options.connection, concurrency, ...prefix });
      worker.on('error', () => {}); // Connection trouble: BullMQ reconnects; handler failures are the job's.
    },
    async deadLetters() {
      const failed = (await queue.getFailed()) as Job<JobData>[];
      return failed.filter((job) => job.attemptsMade >= maxAttempts).map(toStored).sort((a, b) => a.receivedAt - b.receivedAt);
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
      await worker?.close();
      await queue.close();
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
