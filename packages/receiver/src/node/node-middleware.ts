import type { IncomingMessage, ServerResponse } from 'node:http';
import { concat, declaredTooLarge, resolveAdapterOptions, type AdapterOptions } from '../adapters/adapter-options.js';
import type { Receiver } from '../core/create-receiver.js';
import { responses } from '../core/responses.js';
import { lingerAfterAnswer } from './linger.js';
import type { Vendor, WebhookResponse } from '../core/types.js';

/** A Node request, possibly after a framework's body parser set `body`. */
type NodeRequest = IncomingMessage & { body?: unknown };

/** Options of `toNodeMiddleware`. */
export type NodeMiddlewareOptions = AdapterOptions;

/**
 * node:http / Express / Connect middleware: reads the raw body itself (stopping at the receiver's size limit),
 * hands it to the receiver and writes the answer. Works after `express.raw()` too; after `express.json()` the
 * raw bytes are gone and it answers 500 with the fix in the error log.
 *
 * Over `maxBodyBytes` (declared or counted while reading a chunked body) it stops buffering and answers 413 at
 * once, then closes the connection. A body not received within `bodyTimeoutMs` gets 408 and the connection is
 * closed. Closing lingers (see `lingerAfterAnswer`): what the client still sends is discarded for up to 2 s and
 * 8 MiB, so that a client still uploading reads the answer instead of a reset. A request that errors part-way
 * gets 400, one whose client went away gets nothing (nobody is listening).
 * The answer is written once at most, and nothing here throws or rejects.
 */
export function toNodeMiddleware<V extends Vendor>(
  receiver: Receiver<V>,
  options?: NodeMiddlewareOptions,
): (request: NodeRequest, response: ServerResponse, next?: (error?: unknown) => void) => void {
  const { bodyTimeoutMs } = resolveAdapterOptions(options, 'toNodeMiddleware');
  return (request, response) => {
    answer(receiver, request, bodyTimeoutMs).then(
      (result) => write(request, response, result),
      () => write(request, response, { result: responses.handlerFailed() }), // the last net: handle never throws
    );
  };
}

/** What to write, and whether the connection must be closed after it (the rest of the upload is unwanted). */
interface Outcome {
  result?: WebhookResponse;
  close?: boolean;
}

async function answer<V extends Vendor>(receiver: Receiver<V>, request: NodeRequest, bodyTimeoutMs: number): Promise<Outcome> {
  if (request.method !== 'POST') return { result: responses.methodNotAllowed() };
  const remoteAddress = request.socket?.remoteAddress === undefined ? {} : { remoteAddress: request.socket.remoteAddress };
  const refused = receiver.checkSource({ headers: request.headers, ...remoteAddress });
  if (refused) return { result: refused, close: true };
  // After express.raw() the body is already bytes; after express.json() it is an object, which the receiver
  // refuses with an explanation of how to keep the raw body.
  let body: unknown = request.body;
  if (body === undefined) {
    const read = await readRawBody(request, receiver.maxBodyBytes, bodyTimeoutMs);
    switch (read) {
      case 'tooLarge':
        return { result: responses.tooLarge(receiver.maxBodyBytes), close: true };
      case 'timeout':
        return { result: responses.bodyTimeout(bodyTimeoutMs), close: true };
      case 'broken':
        return { result: responses.brokenBody(), close: true };
      case 'gone':
        return {};
      case 'consumed':
        return { result: responses.misconfigured('the request body was read before the webhook middleware; see the README') };
      default:
        body = read;
    }
  }
  return { result: await receiver.handle({ body: body as string | Uint8Array, headers: request.headers, ...remoteAddress }) };
}

/** Why no body: over the limit, too slow, errored, the client went away, or someone else read the stream. */
type BodyFailure = 'tooLarge' | 'timeout' | 'broken' | 'gone' | 'consumed';

function readRawBody(request: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<Uint8Array | BodyFailure> {
  if (declaredTooLarge(request.headers['content-length'], maxBytes)) return Promise.resolve('tooLarge');
  if (request.readableEnded) return Promise.resolve('consumed');
  return new Promise((resolve) => {
    let chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    const finish = (result: Uint8Array | BodyFailure) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('aborted', onAborted);
      request.off('close', onClose);
      // The 'error' listener stays: a later error must not become an uncaught exception.
      if (typeof result === 'string') chunks = [];
      resolve(result);
    };
    const onData = (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (size > maxBytes)
        finish('tooLarge'); // stop buffering; the connection is closed after the 413
      else chunks.push(chunk);
    };
    const onEnd = () => finish(concat(chunks, size));
    const onAborted = () => finish('gone');
    const onClose = () => finish(request.complete ? concat(chunks, size) : 'gone');
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('aborted', onAborted);
    request.on('close', onClose);
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish(error.code === 'ECONNRESET' || request.socket?.destroyed ? 'gone' : 'broken'),
    );
  });
}

function write(request: IncomingMessage, response: ServerResponse, { result, close = false }: Outcome): void {
  if (result === undefined || response.headersSent || response.writableEnded || response.destroyed) {
    if (close) request.destroy();
    return;
  }
  if (close) {
    // Say so, write the answer, then close without resetting a client still uploading: the rest of the body is
    // discarded (never held), within the bounds of lingerAfterAnswer, so the client can finish and read the answer.
    lingerAfterAnswer(request);
    response.shouldKeepAlive = false;
    response.writeHead(result.status, { ...result.headers, connection: 'close' });
    response.end(result.body);
    return;
  }
  response.writeHead(result.status, result.headers);
  response.end(result.body);
}
