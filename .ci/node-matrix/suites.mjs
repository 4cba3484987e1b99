// What the matrix runs on every Node version: the consumer-facing runtime. Each suite is a workspace's own `npm test`,
// with `args` passed on to vitest (files, --exclude). The build, codegen and packaging lint stay on the machine's Node.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

// Longest first, so that two at a time finish close together.
export const suites = [
  // The publish rehearsal: packed tarballs published to a local registry, installed in fresh consumers, compiled and
  // run, all on the Node under test. Its package lint (publint, attw) reads files and is the same on every Node.
  { name: '@chat-webhooks/example-npm-consumer', args: ['test/publish-rehearsal.test.ts'] },
  // Every command, and codegen for every language; compiling the generated Go, Rust, Java and Python with their own
  // toolchains (minutes, mostly cargo) checks those toolchains, not the Node under test, so it stays on the machine's.
  { name: '@chat-webhooks/cli', args: ['--exclude', 'test/codegen-{go,rust,java,python}.test.ts'] },
  { name: '@chat-webhooks/validators' },
  { name: '@chat-webhooks/mocks' },
  // Includes the SQLite inbox (better-sqlite3 built for the Node under test) and the Redis inbox (redis-server).
  { name: '@chat-webhooks/receiver' },
  { name: '@chat-webhooks/verify' },
  { name: '@chat-webhooks/schemas' },
  { name: '@chat-webhooks/example-express' },
  { name: '@chat-webhooks/example-hono' },
  { name: '@chat-webhooks/example-nexconn-moderation' },
  { name: '@chat-webhooks/example-node-http' },
];

/**
 * Turbo's hash of each suite's `test` task (the workspace's files, its dependencies' builds, the lockfile): the
 * inputs a pass depends on, whatever the Node. `cached` says whether turbo holds a pass for it (on the machine's Node).
 */
export function turboTestTasks(selected) {
  const output = execFileSync(
    join(repoRoot, 'node_modules', '.bin', 'turbo'),
    ['run', 'test', '--dry=json', ...selected.map((suite) => `--filter=${suite.name}`)],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
    },
  );
  const tasks = new Map(
    JSON.parse(output)
      .tasks.filter((task) => task.task === 'test')
      .map((task) => [task.package, task]),
  );
  return selected.map((suite) => {
    const task = tasks.get(suite.name);
    if (!task) throw new Error(`node-matrix: turbo has no test task for ${suite.name}`);
    return { ...suite, directory: join(repoRoot, task.directory), turboHash: task.hash, cachedByTurbo: task.cache.status === 'HIT' };
  });
}
