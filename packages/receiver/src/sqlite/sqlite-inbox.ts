import Database from 'better-sqlite3';
import { checkInteger } from '../core/check-options.js';
import { INBOX_DEFAULTS, retryDelay, type Inbox, type InboxOptions, type NewDelivery, type StoredDelivery } from '../core/inbox.js';

export interface SqliteInboxOptions extends InboxOptions {
  /** The database file (created if missing). Every process that shares it must be on this machine. */
  path: string;
  /** How often to look for deliveries stored by other processes (`consume: false` receivers). Default 1000 ms. */
  pollIntervalMs?: number;
}

interface Row {
  id: string;
  vendor: StoredDelivery['vendor'];
  name: string;
  body: string;
  received_at: number;
  attempts: number;
  last_error: string | null;
}

const TABLE = 'chat_webhooks_inbox';
// Orphans (deliveries left `running` by a process that died) are looked for at start and then this often; handled
// deliveries past their retention are deleted as often.
const ORPHAN_CHECK_MS = 5000;

/**
 * The embedded inbox: one SQLite file (WAL, synchronous FULL: a delivery is on disk before the 2xx), no server.
 * Handlers run in the processes that consume; a delivery that a killed process was running is taken up again
 * once that process is gone. `better-sqlite3` (12.x on Node 20) is an optional peer dependency.
 */
export function sqliteInbox(options: SqliteInboxOptions): Inbox {
  const { consume, concurrency, maxAttempts, retryDelayMs, retentionMs } = { ...INBOX_DEFAULTS, ...options };
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  checkInteger('concurrency', concurrency, { min: 1 });
  checkInteger('maxAttempts', maxAttempts, { min: 1 });
  checkInteger('retryDelayMs', retryDelayMs);
  checkInteger('retentionMs', retentionMs);
  checkInteger('pollIntervalMs', pollIntervalMs, { min: 1 });
  if (typeof options.path !== 'string' || options.path === '')
    throw new TypeError('@chat-webhooks/receiver: sqliteInbox needs `path`, the database file');

  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (
    id TEXT PRIMARY KEY,
    vendor TEXT NOT NULL,
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    due_at INTEGER NOT NULL,
    last_error TEXT,
    owner INTEGER
  );
  CREATE INDEX IF NOT EXISTS ${TABLE}_status_due ON ${TABLE} (status, due_at);`);
  // Storing is synced to disk before the answer (the connection above, synchronous FULL). The consumer's own
  // bookkeeping (claims, outcomes) goes through a second connection that does not wait for the disk: a crash can
  // only lose an outcome, and then the delivery runs again, as at-least-once allows.
  const bookkeeping = new Database(options.path);
  bookkeeping.pragma('synchronous = NORMAL');
  bookkeeping.pragma('busy_timeout = 5000');
  // `due_at`: when a pending delivery may run next; for handled ones, when they were handled (for retention).
  const statements = {
    insert: db.prepare(
      `INSERT INTO ${TABLE} (id, vendor, name, body, received_at, status, due_at) VALUES (?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT(id) DO NOTHING`,
    ),
    claim: bookkeeping.prepare(
      `UPDATE ${TABLE} SET status = 'running', owner = ? WHERE id = (SELECT id FROM ${TABLE} WHERE status = 'pending' AND due_at <= ? ORDER BY due_at LIMIT 1) RETURNING *`,
    ),
    nextDue: bookkeeping.prepare(`SELECT MIN(due_at) AS due FROM ${TABLE} WHERE status = 'pending'`),
    done: bookkeeping.prepare(`UPDATE ${TABLE} SET status = 'done', due_at = ?, owner = NULL WHERE id = ?`),
    failed: bookkeeping.prepare(`UPDATE ${TABLE} SET status = ?, attempts = ?, due_at = ?, last_error = ?, owner = NULL WHERE id = ?`),
    owners: bookkeeping.prepare(`SELECT DISTINCT owner FROM ${TABLE} WHERE status = 'running'`),
    release: bookkeeping.prepare(`UPDATE ${TABLE} SET status = 'pending', owner = NULL WHERE status = 'running' AND owner = ?`),
    expire: bookkeeping.prepare(`DELETE FROM ${TABLE} WHERE status = 'done' AND due_at < ?`),
    dead: bookkeeping.prepare(`SELECT * FROM ${TABLE} WHERE status = 'dead' ORDER BY received_at, id`),
    replay: bookkeeping.prepare(
      `UPDATE ${TABLE} SET status = 'pending', attempts = 0, due_at = ?, last_error = NULL WHERE id = ? AND status = 'dead'`,
    ),
    purgeOne: bookkeeping.prepare(`DELETE FROM ${TABLE} WHERE status = 'dead' AND id = ?`),
    purgeAll: bookkeeping.prepare(`DELETE FROM ${TABLE} WHERE status = 'dead'`),
  };

  // Group commit: the deliveries stored within one turn of the event loop share one transaction, so one sync to
  // disk; each is answered only after it.
  const pending: { delivery: NewDelivery; resolve: (outcome: 'stored' | 'duplicate') => void; reject: (error: unknown) => void }[] = [];
  const insertAll = db.transaction((batch: NewDelivery[]) =>
    batch.map(
      (delivery) =>
        statements.insert.run(delivery.id, delivery.vendor, delivery.name, delivery.body, delivery.receivedAt, delivery.receivedAt)
          .changes > 0,
    ),
  );
  const commit = () => {
    const batch = pending.splice(0);
    try {
      const stored = insertAll(batch.map((entry) => entry.delivery));
      for (const [index, entry] of batch.entries()) entry.resolve(stored[index] ? 'stored' : 'duplicate');
      tick();
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  };

  let process: ((delivery: StoredDelivery) => Promise<void>) | undefined;
  const running = new Set<Promise<void>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastOrphanCheck = 0;
  let closed = false;

  /** Deliveries left `running` by processes that are gone (or by this process before a restart) run again. */
  const recoverOrphans = (now: number) => {
    lastOrphanCheck = now;
    for (const { owner } of statements.owners.all() as { owner: number }[]) {
      if ((owner === globalThis.process.pid && running.size === 0) || (owner !== globalThis.process.pid && !isAlive(owner)))
        statements.release.run(owner);
    }
  };

  const run = (row: Row) => {
    const task = process!(toStored(row)).then(
      () => void statements.done.run(Date.now(), row.id),
      (cause: unknown) => {
        const attempts = row.attempts + 1;
        const dead = attempts >= maxAttempts;
        const message = cause instanceof Error ? cause.message : String(cause);
        statements.failed.run(
          dead ? 'dead' : 'pending',
          attempts,
          dead ? Date.now() : Date.now() + retryDelay(attempts, retryDelayMs),
          message,
          row.id,
        );
      },
    );
    const tracked = task.finally(() => {
      running.delete(tracked);
      tick();
    });
    running.add(tracked);
  };

  const tick = () => {
    if (closed || process === undefined) return;
    clearTimeout(timer);
    const now = Date.now();
    if (now - lastOrphanCheck >= ORPHAN_CHECK_MS) {
      recoverOrphans(now);
      statements.expire.run(now - retentionMs);
    }
    while (running.size < concurrency) {
      const row = statements.claim.get(globalThis.process.pid, now) as Row | undefined;
      if (row === undefined) break;
      run(row);
    }
    const due = (statements.nextDue.get() as { due: number | null }).due;
    const wait = due === null ? pollIntervalMs : Math.min(pollIntervalMs, Math.max(0, due - Date.now()));
    timer = setTimeout(tick, wait);
  };

  return {
    consumes: consume,
    put(delivery: NewDelivery) {
      return new Promise((resolve, reject) => {
        if (pending.length === 0) setImmediate(commit);
        pending.push({ delivery, resolve, reject });
      });
    },
    start(processDelivery) {
      if (!consume) return;
      if (process !== undefined) throw new Error('@chat-webhooks/receiver: this inbox is already consumed by a receiver');
      process = processDelivery;
      recoverOrphans(Date.now());
      tick();
    },
    async deadLetters() {
      return (statements.dead.all() as Row[]).map(toStored);
    },
    async replay(id) {
      const { changes } = statements.replay.run(Date.now(), id);
      queueMicrotask(tick);
      return changes > 0;
    },
    async purge(id) {
      return (id === undefined ? statements.purgeAll.run() : statements.purgeOne.run(id)).changes;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await Promise.allSettled([...running]);
      db.close();
      bookkeeping.close();
    },
  };
}

function toStored(row: Row): StoredDelivery {
  return {
    id: row.id,
    vendor: row.vendor,
    name: row.name,
    body: row.body,
    receivedAt: row.received_at,
    attempts: row.attempts,
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
  };
}

/** Whether process `pid` runs on this machine (signal 0 tests without sending anything). */
function isAlive(pid: number): boolean {
  try {
    globalThis.process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
