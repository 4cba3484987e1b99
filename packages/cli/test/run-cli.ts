import { main } from '../src/main.js';
import type { Io } from '../src/io.js';

/**
 * Runs the CLI in-process with captured output; `files` stand in for the file system ("-" for stdin). Their
 * bytes are handed over in small chunks, so that lines, characters and byte order marks cross chunk edges.
 */
export async function runCli(argv: string[], files: Record<string, string | Uint8Array> = {}, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    open: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      const content = files[path]!;
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      return { size: bytes.byteLength, chunks: chunked(bytes, bytes.byteLength > 1024 * 1024 ? 65_536 : 7) };
    },
    isTTY,
    // In-process runs never wait for Ctrl-C: capture is exercised as a real process.
    interrupted: () => new Promise(() => {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += size) yield bytes.subarray(offset, offset + size);
}
