import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const bin = join(dirname(createRequire(import.meta.url).resolve('@chat-webhooks/cli/package.json')), 'bin', 'chat-webhooks.js');

/**
 * Runs the `chat-webhooks` command as a user would, in a process of its own (the app under test keeps serving in
 * this one), with `secret` in CHAT_WEBHOOKS_SECRET: the command takes it from the environment only.
 */
export function chatWebhooks(args: readonly string[], secret?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.CHAT_WEBHOOKS_SECRET;
  if (secret !== undefined) env.CHAT_WEBHOOKS_SECRET = secret;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
