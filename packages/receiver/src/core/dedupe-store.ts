import { checkInteger } from './check-options.js';
import { createExpiringMap } from './expiring-map.js';

/**
 * Remembers which deliveries were already taken, so that a vendor's retry of the same body runs the handlers
 * once. Plug a shared store (Redis, a database) in when several processes receive webhooks.
 */
export interface DedupeStore {
  /** True when `key` was not taken in the last `ttlMs` and is now taken; false for a duplicate. */
  claim(key: string, ttlMs: number): boolean | Promise<boolean>;
  /** Forgets `key`, so that a retry is processed again (used when handlers failed and the vendor should retry). */
  release(key: string): void | Promise<void>;
}

/**
 * The built-in store, and its window stated plainly: in memory, in this process only (another instance or a restart
 * remembers nothing), a delivery remembered for its TTL (`dedupeTtlMs`, 10 minutes by default). Expired entries go
 * first; only beyond `maxEntries` (default 100,000, about 15 MB) are the oldest forgotten before their TTL, and a
 * retry of one of those would run again. For several instances use a shared store (`redisDedupeStore`) or an inbox.
 */
export function createMemoryDedupeStore({ maxEntries = 100_000, now = () => Date.now() } = {}): DedupeStore {
  checkInteger('maxEntries', maxEntries, { min: 1 });
  const taken = createExpiringMap<true>({ maxEntries, now });
  return {
    claim(key, ttlMs) {
      if (taken.get(key)) return false;
      taken.set(key, true, ttlMs);
      return true;
    },
    release(key) {
      taken.delete(key);
    },
  };
}
