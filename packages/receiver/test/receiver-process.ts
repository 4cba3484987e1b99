import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURE = fileURLToPath(new URL('./fixtures/receiver-process.mjs', import.meta.url));

/** A receiver process (test/fixtures/receiver-process.mjs) listening on 127.0.0.1. */
export interface ReceiverProcess {
  port: number;
  child: ChildProcess;
  post(delivery: { body: string; headers: Record<string, string> }): Promise<{ status: number; body: string }>;
  /** SIGKILL: no cleanup, no chance to finish anything. */
  kill(): Promise<void>;
  /** SIGTERM: closes its inbox, waiting for running handlers. */
  stop(): Promise<void>;
}

export async function startReceiverProcess(env: Record<string, string>): Promise<ReceiverProcess> {
  const child = spawn(process.execPath, [FIXTURE], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`the receiver process exited (${code}) before listening`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    port,
    child,
    async post({ body, headers }) {
      const response = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body, headers });
      return { status: response.status, body: await response.text() };
    },
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  };
}

/** The lines the receiver processes' handlers wrote: one per handler run. */
export function markerLines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
}

/** Waits until `condition` holds, polling; fails after `timeoutMs` (a guard against hanging, not a speed check). */
export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
