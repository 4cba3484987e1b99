import { readFile } from 'node:fs/promises';

/** Where a command reads and writes: the process by default, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Reads a file, or standard input for "-". */
  read(path: string): Promise<string>;
  /** Colour and progress lines only on a terminal. */
  isTTY: boolean;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  read: async (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
