import { Redis, type RedisOptions } from 'ioredis';
import type { DedupeStore } from '../core/dedupe-store.js';

export interface RedisDedupeStoreOptions {
  /** An ioredis client to use, or the options to connect one with. */
  redis: Redis | RedisOptions;
  /** Key prefix. Default `chat-webhooks:dedupe:`. */
  prefix?: string;
}

/**
 * De-duplication shared by every receiver instance: `SET key NX PX ttl`, atomic in Redis, so of two instances
 * that take the same delivery at once exactly one claims it. A Redis that cannot be reached makes `claim`
 * reject (after one reconnection attempt) or miss the receiver's `storeTimeoutMs`, and the receiver answers 503
 * (the vendor retries) rather than risking a double run.
 */
export function redisDedupeStore(options: RedisDedupeStoreOptions): DedupeStore & { close(): Promise<void> } {
  const owned = !(options.redis instanceof Redis);
  // `as never`: ioredis 6's own option types do not satisfy exactOptionalPropertyTypes.
  const redis = options.redis instanceof Redis ? options.redis : new Redis({ maxRetriesPerRequest: 1, ...options.redis } as never);
  if (owned) redis.on('error', () => {}); // Reported by the failing command.
  const prefix = options.prefix ?? 'chat-webhooks:dedupe:';
  return {
    async claim(key, ttlMs) {
      return (await redis.set(prefix + key, '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
    async release(key) {
      await redis.del(prefix + key);
    },
    async close() {
      if (owned) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
