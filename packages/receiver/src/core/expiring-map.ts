/**
 * A map whose entries are forgotten after their TTL, in memory: expired entries go first, and beyond `maxEntries`
 * the oldest go early (Maps iterate in insertion order, so the first entries are the oldest).
 */
export function createExpiringMap<V>({ maxEntries, now = () => Date.now() }: { maxEntries: number; now?: () => number }) {
  const entries = new Map<string, { expires: number; value: V }>();
  return {
    get(key: string): V | undefined {
      const entry = entries.get(key);
      return entry !== undefined && entry.expires > now() ? entry.value : undefined;
    },
    set(key: string, value: V, ttlMs: number): void {
      const current = now();
      entries.delete(key);
      entries.set(key, { expires: current + ttlMs, value });
      for (const [oldest, entry] of entries) {
        if (entries.size <= maxEntries && entry.expires > current) break;
        entries.delete(oldest);
      }
    },
    delete(key: string): void {
      entries.delete(key);
    },
  };
}
