import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/**
 * How long a connection answered early (413, 408 ...) keeps discarding what its client still uploads, counted from
 * the moment the answer has been handed to the socket. A client on a working network finishes a body of a few MiB
 * well within it; a slow-drip client is cut off then.
 */
export const LINGER_MS = 2_000;

/**
 * How many body bytes such a connection discards at most, after the answer. Enough for a client that sends a few
 * MiB regardless of the answer to finish its upload and read the answer; past it the connection is closed anyway
 * (the client has most likely read the answer by then: it came first).
 */
export const LINGER_MAX_BYTES = 8 * 1024 * 1024;

export interface LingerBounds {
  ms: number;
  bytes: number;
}

/**
 * Makes Node close the connection of an answered-early request the way nginx's lingering close does, instead of at once.
 * Call it before writing an answer that says `connection: close`.
 *
 * Why: once such an answer is flushed, node:http destroys the socket (`socket.destroySoon()`); if the client is
 * still uploading, the unread bytes make the kernel reset the connection, and the client (fetch, node:http) often
 * gets EPIPE / ECONNRESET on its write before it has read the answer. So the socket's own `destroySoon` is replaced,
 * for this one socket: it half-closes (FIN after the answer), keeps reading and discarding the body until the client
 * has sent all of it or goes away, or `bounds` are reached, and then closes.
 */
export function lingerAfterAnswer(request: IncomingMessage, bounds: LingerBounds = { ms: LINGER_MS, bytes: LINGER_MAX_BYTES }): void {
  const socket = request.socket as Socket | null;
  if (!socket || socket.destroyed || typeof socket.destroySoon !== 'function') return;
  let discarded = 0;
  let doneReading = request.complete; // the client sent everything (closing resets nothing), or we stop listening
  let answered = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const release = () => {
    clearTimeout(timer);
    request.off('data', onData);
    request.off('end', onDoneReading);
    socket.off('end', onDoneReading);
    socket.off('close', release);
  };
  // Destroy once our side (the answer, then FIN) has been flushed: the prototype's destroySoon, ours being gone.
  const close = () => {
    release();
    socket.destroySoon();
  };
  function onDoneReading() {
    doneReading = true;
    if (answered) close();
  }
  function onData(chunk: Uint8Array) {
    discarded += chunk.byteLength;
    if (discarded <= bounds.bytes) return;
    request.pause(); // stop pulling from the socket; the rest is the client's problem
    onDoneReading();
  }

  // Listening makes the request flow (discarding its bytes): node:http's own dump is not counted.
  request.on('data', onData);
  request.on('end', onDoneReading);
  socket.on('end', onDoneReading);
  socket.on('close', release);
  // Own property, so the prototype's method is back once it is deleted; node:http calls it after the answer.
  socket.destroySoon = () => {
    Reflect.deleteProperty(socket, 'destroySoon');
    answered = true;
    if (doneReading || socket.destroyed) {
      close();
      return;
    }
    socket.end(); // FIN: the answer is complete, the client may stop sending
    timer = setTimeout(() => {
      release();
      socket.destroy();
    }, bounds.ms);
  };
}
