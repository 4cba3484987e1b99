import { execFile } from 'node:child_process';

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command without a shell; rejects with its output when it fails, so the test shows the compiler's words. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024, timeout: options.timeoutMs ?? 240_000 },
      (error, stdout, stderr) => {
        if (error) {
          const shown = args.length > 8 ? [...args.slice(0, 8), `... (${args.length - 8} more)`] : args;
          reject(
            new Error(
              `${command} ${shown.join(' ')} failed (exit ${String(error.code)}${error.killed ? ', killed' : ''}):\n${stderr}\n${stdout}`.slice(
                0,
                20_000,
              ),
            ),
          );
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
  });
}
