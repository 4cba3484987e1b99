import { open } from 'node:fs/promises';

/** An input opened for streaming: its bytes in chunks, and its size when known (files; not standard input). */
export interface Input {
  size?: number;
  chunks: AsyncIterable<Uint8Array>;
}

/** Where a command reads and writes: the process by default, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /**
   * Opens a file, or standard input for "-", as a stream of bytes: inputs of any size are read in constant
   * memory. Rejects when the file cannot be opened; the stream errors when it cannot be read to its end.
   */
  open(path: string): Promise<Input>;
  /** Colour, live lines and progress bars only on a terminal. */
  isTTY: boolean;
  /** Resolves when the user asks a long-running command (capture) to stop: Ctrl-C or SIGTERM. */
  interrupted(): Promise<void>;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  open: async (path) => {
    if (path === '-') return { chunks: process.stdin };
    const handle = await open(path, 'r');
    try {
      const stats = await handle.stat();
      // A directory opens on Linux but fails on the first read: say so now, with the file's name.
      if (stats.isDirectory())
        throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR' });
      return { size: stats.size, chunks: handle.createReadStream({ highWaterMark: 1024 * 1024 }) };
    } catch (error) {
      await handle.close();
      throw error;
    }
  },
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  interrupted: () =>
    new Promise((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }),
};
