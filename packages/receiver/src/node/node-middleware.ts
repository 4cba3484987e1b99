import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Receiver } from '../core/create-receiver.js';
import { responses } from '../core/responses.js';
import type { Vendor, WebhookResponse } from '../core/types.js';

/** A Node request, possibly after a framework's body parser set `body`. */
type NodeRequest = IncomingMessage & { body?: unknown };

/**
 * node:http / Express / Connect middleware: reads the raw body itself (stopping at the receiver's size limit),
 * hands it to the receiver and writes the answer. Works after `express.raw()` too; after `express.json()` the
 * raw bytes are gone and it answers 500 with the fix in the error log.
 */
export function toNodeMiddleware<V extends Vendor>(receiver: Receiver<V>): (request: NodeRequest, response: ServerResponse, next?: (error?: unknown) => void) => void {
  return (request, response) => {
    void answer(receiver, request).then((result) => write(response, result));
  };
}

async function answer<V extends Vendor>(receiver: Receiver<V>, request: NodeRequest): Promise<WebhookResponse> {
  if (request.method !== 'POST') return responses.methodNotAllowed();
  // After express.raw() the body is already bytes; after express.json() it is an object, which the receiver
  // refuses with an explanation of how to keep the raw body.
  const body = request.body === undefined ? await readRawBody(request, receiver.maxBodyBytes) : request.body;
  if (body === 'tooLarge') return responses.tooLarge(receiver.maxBodyBytes);
  return receiver.handle({ body: body as string | Uint8Array, headers: request.headers });
}

function readRawBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array | 'tooLarge'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    request.resume();
    return Promise.resolve('tooLarge');
  }
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    const finish = (result: Uint8Array | 'tooLarge') => {
      if (!done) {
        done = true;
        resolve(result);
      }
    };
    request.on('data', (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        // Stop buffering; keep draining so that the answer can still be written on this connection.
        chunks.length = 0;
        finish('tooLarge');
        return;
      }
      if (!done) chunks.push(chunk);
    });
    request.on('end', () => finish(concat(chunks, size)));
    request.on('error', () => finish('tooLarge'));
  });
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function write(response: ServerResponse, result: WebhookResponse): void {
  if (response.headersSent) return;
  response.writeHead(result.status, result.headers);
  response.end(result.body);
}
