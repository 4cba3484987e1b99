// Runs one suite (a workspace's `npm test`) on one pinned Node: npm, the test runner and every process the tests start
// (they use process.execPath or `node` on PATH) are that Node; better-sqlite3 loads the binding built for its ABI.
// A pass is remembered under turbo's hash of the suite's inputs plus the Node version and this matrix's own files,
// so an unchanged suite is not run again; failures are never remembered.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { envFor } from './child-env.mjs';
import { nodeBinary, npmCli, passedStamps, suiteLogs } from './paths.mjs';

const matrixFiles = readdirSync(import.meta.dirname)
  .sort()
  .map((file) => readFileSync(join(import.meta.dirname, file), 'utf8'));

export async function runSuite(suite, { version, binding, reuse }) {
  const key = createHash('sha256')
    .update(JSON.stringify({ turbo: suite.turboHash, version, args: suite.args ?? [], matrixFiles }))
    .digest('hex');
  const stamp = join(passedStamps, key);
  if (reuse && existsSync(stamp)) return { status: 'cached', seconds: 0 };

  const log = join(suiteLogs, version, `${suite.name.replace('@chat-webhooks/', '')}.log`);
  mkdirSync(dirname(log), { recursive: true });
  const started = performance.now();
  const code = await new Promise((resolve, reject) => {
    const args = [npmCli(), 'test', ...(suite.args ? ['--', ...suite.args] : [])];
    const child = spawn(nodeBinary(version), args, {
      cwd: suite.directory,
      env: envFor(version, binding),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = createWriteStream(log);
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', reject);
    child.on('close', (exitCode, signal) => out.end(() => resolve(signal ? `signal ${signal}` : exitCode)));
  });
  const seconds = Math.round((performance.now() - started) / 1000);
  if (code !== 0) return { status: 'failed', seconds, log, code };
  mkdirSync(passedStamps, { recursive: true });
  writeFileSync(stamp, `${suite.name} passed on Node ${version} (turbo hash ${suite.turboHash})\n`);
  return { status: 'passed', seconds, log };
}
