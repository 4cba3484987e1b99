import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createReceiver, toNodeMiddleware } from '../src/index.js';
import { lingerAfterAnswer, type LingerBounds } from '../src/node/linger.js';
import { countingSource, SECRETS } from './helpers.js';

const MiB = 1024 * 1024;
/** The most one socket read hands the HTTP parser (libuv reads 64 KiB at a time). */
const READ_BYTES = 64 * 1024;
const RUNS = 20;
const execFileAsync = promisify(execFile);

let server: Server | undefined;
/** Resolves once the server and every connection it had are closed (a lingering one included). */
const closeServer = () => new Promise<void>((resolve) => (server?.listening ? server.close(() => resolve()) : resolve()));
afterEach(closeServer);

async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  const listening = createServer(handler);
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/`;
}

/** The receiver's node middleware with a 1 MiB limit, behind a plain node:http server. */
function receiverServer(options?: Parameters<typeof toNodeMiddleware>[1]): Promise<string> {
  const receiver = createReceiver({ vendor: 'talkplus', secret: SECRETS.talkplus, maxBodyBytes: MiB }).onError(() => {});
  return listen(toNodeMiddleware(receiver, options));
}

interface Read {
  status?: number;
  body?: string;
  error?: string;
}

const UPLOADER = fileURLToPath(new URL('./fixtures/uploader.mjs', import.meta.url));

/** Runs test/fixtures/uploader.mjs in a child process: `runs` uploads of `bytes`, one after the other. */
async function uploadFromAnotherProcess(
  url: string,
  client: 'fetch' | 'fetch-chunked' | 'node-http',
  bytes: number,
  runs: number,
): Promise<Read[]> {
  const { stdout } = await execFileAsync(process.execPath, [UPLOADER, url, client, String(bytes), String(runs)]);
  return JSON.parse(stdout) as Read[];
}

/** fetch (undici) in this process; what it read, or the error it got instead. */
async function uploadWithFetch(url: string, body: RequestInit['body']): Promise<Read> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    return { status: response.status, body: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: NodeJS.ErrnoException }).cause;
    return { error: cause?.code ?? String(error) };
  }
}

const tooLarge = { status: 413, body: JSON.stringify({ ok: false, error: `payload larger than ${MiB} bytes` }) };

describe('toNodeMiddleware: a client still uploading reads the early answer (lingering close)', () => {
  for (const size of [2 * MiB, 8 * MiB]) {
    for (const client of ['fetch', 'node-http', 'fetch-chunked'] as const) {
      const framing = client === 'fetch-chunked' ? 'chunked, counted while reading' : 'declared content-length';
      it(`${client} uploading ${size / MiB} MiB (${framing}) reads the 413, ${RUNS} times out of ${RUNS}`, async () => {
        const url = await receiverServer();
        expect(await uploadFromAnotherProcess(url, client, size, RUNS)).toEqual(Array.from({ length: RUNS }, () => tooLarge));
      });
    }
  }

  it('a slow-drip uploader gets 408, then is cut off by the server (it would drip forever)', async () => {
    const url = await receiverServer({ bodyTimeoutMs: 100 });
    const outcome = await new Promise<{ status?: number; closedByServer: boolean }>((resolve) => {
      const client = httpRequest(url, { method: 'POST', agent: false, headers: { 'content-length': String(MiB) } });
      let status: number | undefined;
      const drip = setInterval(() => client.write('x'), 20);
      client.on('response', (response) => {
        status = response.statusCode;
        response.resume();
      });
      // The client never stops on its own: only the server ending the connection ends this.
      client.on('close', () => {
        clearInterval(drip);
        resolve({ ...(status === undefined ? {} : { status }), closedByServer: true });
      });
      client.on('error', () => {});
    });
    expect(outcome).toEqual({ status: 408, closedByServer: true });
  });
});

describe('lingerAfterAnswer: bounded', () => {
  /** A server that answers 413 with `connection: close` before reading a byte, lingering within `bounds`. */
  function refusingServer(bounds: LingerBounds, counted: { bytes: number }): Promise<string> {
    return listen((request, response) => {
      request.on('data', (chunk: Buffer) => void (counted.bytes += chunk.byteLength));
      lingerAfterAnswer(request, bounds);
      response.writeHead(413, { connection: 'close' }).end('too large');
    });
  }

  it('stops discarding after `bytes`: a 200 MiB stream is cut off having sent little more', async () => {
    const counted = { bytes: 0 };
    const bounds = { ms: 60_000, bytes: 256 * 1024 };
    const url = await refusingServer(bounds, counted);
    const total = 200 * MiB;
    const source = countingSource(total);
    const read = await uploadWithFetch(url, source.stream);
    expect(read).toEqual({ status: 413, body: 'too large' });
    await closeServer();
    expect(counted.bytes).toBeLessThanOrEqual(bounds.bytes + READ_BYTES);
    expect(source.pulled).toBeLessThan(total);
  });

  it('stops discarding after `ms`: a client that drips forever is disconnected', async () => {
    const url = await refusingServer({ ms: 100, bytes: MiB }, { bytes: 0 });
    const status = await new Promise<number | undefined>((resolve) => {
      const client = httpRequest(url, { method: 'POST', agent: false, headers: { 'content-length': String(MiB) } });
      let answered: number | undefined;
      const drip = setInterval(() => client.write('x'), 10);
      client.on('response', (response) => {
        answered = response.statusCode;
        response.resume();
      });
      client.on('close', () => {
        clearInterval(drip);
        resolve(answered);
      });
      client.on('error', () => {});
    });
    expect(status).toBe(413);
  });

  it('closes at once when the body was complete before the answer (nothing to wait for)', async () => {
    const closed: boolean[] = [];
    const url = await listen((request, response) => {
      request.resume();
      request.on('end', () => {
        lingerAfterAnswer(request, { ms: 60_000, bytes: MiB });
        response.socket!.on('close', () => closed.push(true));
        response.writeHead(403, { connection: 'close' }).end();
      });
    });
    expect((await uploadWithFetch(url, new Uint8Array(10))).status).toBe(403);
    // This waits for the connection: with the 60 s linger the test would time out.
    await closeServer();
    expect(closed).toEqual([true]);
  });
});
