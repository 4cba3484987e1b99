/**
 * The decisions given to synchronous deliveries, by delivery id, so that the vendor's retry of a delivery gets the
 * same answer rather than a second, possibly different one. Kept `ttlMs` (the de-duplication window), in memory:
 * retries reach the instance that answered only if the load balancer keeps them there.
 */
export function createDecisionMemory(ttlMs: number, maxEntries = 100_000) {
  const entries = new Map<string, { expires: number; decision: Promise<Readonly<Record<string, unknown>>> }>();
  return {
    /** The decision given (or being given) to `id`, if it is remembered. */
    get(id: string): Promise<Readonly<Record<string, unknown>>> | undefined {
      const entry = entries.get(id);
      return entry !== undefined && entry.expires > Date.now() ? entry.decision : undefined;
    },
    remember(id: string, decision: Promise<Readonly<Record<string, unknown>>>): void {
      const now = Date.now();
      entries.set(id, { expires: now + ttlMs, decision });
      // Oldest first (insertion order): expired entries go, and the oldest beyond the bound.
      for (const [key, entry] of entries) {
        if (entry.expires > now && entries.size <= maxEntries) break;
        entries.delete(key);
      }
    },
  };
}
