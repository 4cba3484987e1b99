import { type ClientRequest, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Delivery } from './delivery.js';

/** Answers are read up to here: an endpoint's answer is small, and a hostile one must not fill memory. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** What one send got: an answer, no answer in time, or a connection that failed. `ms` from send to the end. */
export type Outcome =
  | { kind: 'answer'; status: number; body: string; ms: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'error'; message: string; ms: number };

/** Bodies larger than any real delivery: the server gets a moment to refuse them on their headers alone. */
const LARGE_BODY_BYTES = 1024 * 1024;
const EARLY_ANSWER_WAIT_MS = 1000;
const CHUNK_BYTES = 64 * 1024;

/**
 * Sends one delivery with node:http(s), on a connection of its own (as a vendor does: no pooled sockets, nothing
 * left open after) and with exactly the vendor's headers, and waits at most `timeoutMs` for the whole answer.
 * Never rejects.
 */
export function sendOnce(url: URL, delivery: Delivery, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let done = false;
    let answered = false;
    const finish = (outcome: Outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(outcome);
      // An answer that came before the whole body was sent leaves the request unfinished: drop the connection.
      request.destroy();
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, {
      method: delivery.method,
      headers: { ...delivery.headers, 'content-length': String(delivery.body.byteLength) },
      agent: false,
    });
    const timer = setTimeout(() => finish({ kind: 'timeout', ms: timeoutMs }), timeoutMs);
    request.on('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      let size = 0;
      const end = () =>
        finish({ kind: 'answer', status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: elapsed() });
      response.on('data', (chunk: Buffer) => {
        if (size < MAX_ANSWER_BYTES) chunks.push(chunk.subarray(0, MAX_ANSWER_BYTES - size));
        size += chunk.byteLength;
      });
      response.on('end', end);
      // The status line arrived: a connection closed part-way through the answer still answered.
      response.on('error', end);
      response.on('close', end);
    });
    request.on('error', (error) =>
      finish({ kind: 'error', message: (error as NodeJS.ErrnoException).code ?? error.message, ms: elapsed() }),
    );
    void writeBody(request, delivery.body, () => done || answered);
  });
}

/**
 * Writes the body in chunks, each once the previous one drained. A server that refuses a large body answers (413)
 * on its headers and closes the connection: a body still being written then runs into the closed connection, and
 * the write error (EPIPE) can come before the answer is read. So a body larger than any real delivery waits a
 * moment after its headers for such an answer, and writing stops as soon as one has come.
 *
 * Kept although @chat-webhooks/receiver's node middleware no longer needs it (it discards the rest of the upload
 * for a while before closing, as nginx does): the endpoint under test may be any server, and many close at once or
 * soon. Measured with @hono/node-server 1.19 (it drains for 500 ms, then closes) around our Fetch handler: without
 * this wait a node:http client sending 8 MiB got EPIPE instead of the 413 in 8 runs of 20.
 */
async function writeBody(request: ClientRequest, body: Uint8Array, stop: () => boolean): Promise<void> {
  if (body.byteLength > LARGE_BODY_BYTES) {
    request.flushHeaders();
    await new Promise<void>((resolve) => {
      const go = () => {
        clearTimeout(wait);
        request.off('response', go);
        request.off('close', go);
        resolve();
      };
      const wait = setTimeout(go, EARLY_ANSWER_WAIT_MS);
      request.on('response', go);
      request.on('close', go);
    });
  }
  for (let offset = 0; offset < body.byteLength; offset += CHUNK_BYTES) {
    if (stop() || request.destroyed) return;
    if (!request.write(body.subarray(offset, offset + CHUNK_BYTES))) {
      await new Promise<void>((resolve) => {
        const go = () => {
          request.off('drain', go);
          request.off('close', go);
          resolve();
        };
        request.on('drain', go);
        request.on('close', go);
      });
    }
  }
  if (!stop() && !request.destroyed) request.end();
}

/** A delivery sent under a rule: each send, and whether it ended with an answer. */
export interface Exchange {
  attempts: Outcome[];
  /** The last answer, when one came. */
  answer?: Extract<Outcome, { kind: 'answer' }>;
}

/**
 * Sends a delivery as the vendor does: again when a send got no answer (timeout, broken connection), each send
 * starting `intervalMs` after the previous one started, up to `maxAttempts` sends.
 */
export async function deliver(
  url: URL,
  delivery: Delivery,
  rule: { timeoutMs: number; maxAttempts: number; intervalMs: number },
  onAttempt?: (outcome: Outcome, attempt: number) => void,
): Promise<Exchange> {
  const attempts: Outcome[] = [];
  for (let attempt = 1; attempt <= rule.maxAttempts; attempt++) {
    const started = performance.now();
    const outcome = await sendOnce(url, delivery, rule.timeoutMs);
    attempts.push(outcome);
    onAttempt?.(outcome, attempt);
    if (outcome.kind === 'answer') return { attempts, answer: outcome };
    const wait = rule.intervalMs - (performance.now() - started);
    if (attempt < rule.maxAttempts && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return { attempts };
}

/** One outcome in words: `200 in 3 ms`, `no answer within 5000 ms`, `ECONNREFUSED`. */
export function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === 'answer') return `${outcome.status} in ${outcome.ms} ms`;
  if (outcome.kind === 'timeout') return `no answer within ${outcome.ms} ms`;
  return `connection failed (${outcome.message}) after ${outcome.ms} ms`;
}
