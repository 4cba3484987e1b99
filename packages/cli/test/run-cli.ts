import { main } from '../src/main.js';
import type { Io } from '../src/io.js';

/** Runs the CLI in-process with captured output; `files` stand in for the file system ("-" for stdin). */
export async function runCli(argv: string[], files: Record<string, string> = {}, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    read: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path]!;
    },
    isTTY,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
