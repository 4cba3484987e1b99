import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mock } from '@chat-webhooks/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { createReceiver, type DeliveryContext } from '../src/index.js';
import { sqliteInbox } from '../src/sqlite/index.js';
import { SECRETS, signedDelivery } from './helpers.js';
import { markerLines, startReceiverProcess, waitUntil, type ReceiverProcess } from './receiver-process.js';

// A real SQLite file in a fresh folder per test.
let dir: string;
const processes: ReceiverProcess[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(processes.splice(0).map((child) => child.kill()));
  await Promise.all(closers.splice(0).map((close) => close()));
  rmSync(dir, { recursive: true, force: true });
});
const fresh = () => {
  dir = mkdtempSync(join(tmpdir(), 'sqlite-inbox-'));
  return { db: join(dir, 'webhooks.db'), marker: join(dir, 'handled.log') };
};

function receiverWith(options: Parameters<typeof sqliteInbox>[0]) {
  const inbox = sqliteInbox(options);
  const receiver = createReceiver({ vendor: 'sendbird', secret: SECRETS.sendbird, inbox }).onError(() => {});
  closers.push(() => receiver.close());
  return receiver;
}

describe('SQLite inbox', () => {
  it('a receiver killed (SIGKILL) right after it answered runs the handler after a restart, exactly once', async () => {
    const { db, marker } = fresh();
    const env = { INBOX: 'sqlite', DB: db, MARKER: marker, SECRET: SECRETS.sendbird };
    const delivery = signedDelivery('sendbird', mock('sendbird', 'group_channel:message_send', undefined, { seed: 7 }));
    // The first process answers, then is killed while its (slow) handler has not finished.
    const first = await startReceiverProcess({ ...env, HANDLER_DELAY_MS: '30000' });
    processes.push(first);
    expect((await first.post(delivery)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await first.kill();
    expect(markerLines(marker)).toEqual([]);

    const second = await startReceiverProcess({ ...env, HANDLER_DELAY_MS: '0' });
    processes.push(second);
    await waitUntil(() => markerLines(marker).length > 0);
    // The vendor's retry of the same bytes is recognised: stored once, handled once.
    expect(JSON.parse((await second.post(delivery)).body)).toEqual({ ok: true, duplicate: true });
    await second.stop();
    const lines = markerLines(marker);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^sendbird:[0-9a-f]{64} ${second.child.pid} 1$`));
  });

  it('answers only after the delivery is stored: the same delivery twice is stored and handled once', async () => {
    const { db } = fresh();
    const seen: string[] = [];
    const receiver = receiverWith({ path: db }).onAny((_event, context) => {
      seen.push(context.deliveryId);
    });
    const delivery = signedDelivery('sendbird', mock('sendbird', 'user:block', undefined, { seed: 2 }));
    const answers = [await receiver.handle(delivery), await receiver.handle(delivery)];
    expect(answers.map((answer) => JSON.parse(answer.body))).toEqual([{ ok: true }, { ok: true, duplicate: true }]);
    await waitUntil(() => seen.length === 1);
    expect(await receiver.deadLetters()).toEqual([]);
  });

  it('a handler that throws is retried with backoff, then dead-lettered, then replayed by API', async () => {
    const { db } = fresh();
    const attempts: { attempt: number; at: number }[] = [];
    let healthy = false;
    const receiver = receiverWith({ path: db, maxAttempts: 3, retryDelayMs: 40, pollIntervalMs: 10 }).on(
      'user:block',
      (_event, context: DeliveryContext) => {
        attempts.push({ attempt: context.attempt, at: Date.now() });
        if (!healthy) throw new Error('database down');
      },
    );
    const delivery = signedDelivery('sendbird', mock('sendbird', 'user:block', undefined, { seed: 3 }));
    expect((await receiver.handle(delivery)).status).toBe(200);
    await waitUntil(async () => (await receiver.deadLetters()).length === 1);
    expect(attempts.map((entry) => entry.attempt)).toEqual([1, 2, 3]);
    // Exponential: the second wait is at least the doubled delay (a lower bound the code enforces, not a speed).
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(40);
    expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(80);
    const [dead] = await receiver.deadLetters();
    expect(dead).toMatchObject({
      vendor: 'sendbird',
      name: 'user:block',
      body: delivery.body,
      attempts: 3,
      lastError: expect.stringContaining('database down'),
    });

    healthy = true;
    expect(await receiver.replay(dead!.id)).toBe(true);
    await waitUntil(() => attempts.length === 4);
    await waitUntil(async () => (await receiver.deadLetters()).length === 0);
    expect(attempts[3]!.attempt).toBe(1);
    expect(await receiver.replay(dead!.id)).toBe(false);
  });

  it('purges dead letters, one or all', async () => {
    const { db } = fresh();
    const receiver = receiverWith({ path: db, maxAttempts: 1, pollIntervalMs: 10 }).onAny(() => {
      throw new Error('always');
    });
    for (const seed of [1, 2, 3]) await receiver.handle(signedDelivery('sendbird', mock('sendbird', 'user:unblock', undefined, { seed })));
    await waitUntil(async () => (await receiver.deadLetters()).length === 3);
    const [first] = await receiver.deadLetters();
    expect(await receiver.purge(first!.id)).toBe(1);
    expect(await receiver.purge()).toBe(2);
    expect(await receiver.deadLetters()).toEqual([]);
  });

  it('an authentic delivery that fails the schema is acknowledged, stored and handed to onInvalid', async () => {
    const { db } = fresh();
    const invalid: string[] = [];
    const receiver = receiverWith({ path: db }).onInvalid((payload, errors) => {
      invalid.push(`${String(payload.category)} ${errors.map((error) => error.path).join(',')}`);
    });
    const delivery = signedDelivery('sendbird', { ...mock('sendbird', 'user:block', undefined, { seed: 4 }), blocker: 'not a user' });
    expect(JSON.parse((await receiver.handle(delivery)).body)).toEqual({ ok: true, invalid: true });
    await waitUntil(() => invalid.length === 1);
    expect(invalid).toEqual(['user:block /blocker']);
  });

  it('refuses options that make no sense', () => {
    const { db } = fresh();
    expect(() => sqliteInbox({ path: db, maxAttempts: Number.NaN })).toThrow(/maxAttempts must be an integer/);
    expect(() => sqliteInbox({ path: db, concurrency: 0 })).toThrow(/concurrency/);
    expect(() => sqliteInbox({ path: '' })).toThrow(/path/);
    const inbox = sqliteInbox({ path: db });
    closers.push(() => inbox.close());
    expect(() => createReceiver({ vendor: 'sendbird', secret: SECRETS.sendbird, inbox, awaitHandlers: true })).toThrow(
      /exclude each other/,
    );
  });
});
