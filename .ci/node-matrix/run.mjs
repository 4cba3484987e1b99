#!/usr/bin/env node
// The Node matrix: the consumer-facing runtime (see suites.mjs) on the machine's Node and on every pinned version in
// versions.json. The machine's Node runs the suites through turbo (its cache, as `npm test` does); the others run each
// suite's `npm test` on that Node. Prints the exact versions used and a table; exits non-zero on any failure.
//   node .ci/node-matrix/run.mjs [--node 22,24] [--suite receiver,cli] [--concurrency 2] [--rerun]
// With CI set, a Node that cannot be installed (or better-sqlite3 built for it) fails the run; without, it is skipped
// with a loud warning.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { betterSqliteVersion, buildBetterSqlite } from './build-better-sqlite3.mjs';
import { installNode } from './install-node.mjs';
import { nodeBinary, npmCli, repoRoot } from './paths.mjs';
import { envFor } from './child-env.mjs';
import { runSuite } from './run-suite.mjs';
import { suites, turboTestTasks } from './suites.mjs';

const { values: options } = parseArgs({
  options: {
    node: { type: 'string' },
    suite: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    rerun: { type: 'boolean', default: false },
  },
});
const ci = Boolean(process.env.CI) && process.env.CI !== 'false';
const concurrency = Number(options.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1)
  throw new TypeError(`node-matrix: --concurrency must be a positive integer, got ${options.concurrency}`);

const pinned = JSON.parse(readFileSync(join(import.meta.dirname, 'versions.json'), 'utf8'));
const machine = process.versions.node;
const wantedVersions = options.node?.split(',').map((item) => item.trim());
const picks = (version) => !wantedVersions || wantedVersions.some((wanted) => version === wanted || version.split('.')[0] === wanted);
const others = pinned.versions.filter(({ version }) => picks(version));
for (const wanted of wantedVersions ?? []) {
  if (
    ![machine, ...pinned.versions.map(({ version }) => version)].some((version) => version === wanted || version.split('.')[0] === wanted)
  ) {
    throw new Error(`node-matrix: --node ${wanted} is neither the machine's Node (${machine}) nor pinned in versions.json`);
  }
}
const wantedSuites = options.suite?.split(',').map((item) => (item.startsWith('@') ? item : `@chat-webhooks/${item}`));
const selected = suites.filter((suite) => !wantedSuites || wantedSuites.includes(suite.name));
if (wantedSuites && selected.length !== wantedSuites.length)
  throw new Error(`node-matrix: unknown suite in --suite ${options.suite}; known: ${suites.map((suite) => suite.name).join(', ')}`);

const started = performance.now();
const tasks = turboTestTasks(selected);
const results = new Map(); // version -> Map(suite -> result)
const skipped = [];
const log = (line) => console.log(`node-matrix: ${line}`);

if (picks(machine)) results.set(machine, runOnMachineNode());

const prepared = others.map((entry) => ({ entry, sqlite: prepare(entry) })).filter(({ sqlite }) => sqlite);
// One queue over every (suite, Node) pair, longest suites first, so the versions share the two cores to the end.
const pairs = tasks.flatMap((suite) => prepared.map(({ entry, sqlite }) => ({ suite, version: entry.version, binding: sqlite.binding })));
for (const { entry } of prepared) results.set(entry.version, new Map());
await runPool(pairs, async ({ suite, version, binding }) => {
  const result = await runSuite(suite, { version, binding, reuse: !options.rerun });
  results.get(version).set(suite.name, result);
  log(`  ${result.status.padEnd(6)} ${suite.name} on Node ${version}${result.seconds ? ` (${result.seconds} s)` : ''}`);
  if (result.status === 'failed')
    console.error(
      `----- ${result.log} (exit ${result.code}) -----\n${readFileSync(result.log, 'utf8')}\n----- end of ${suite.name} on Node ${version} -----`,
    );
});

printTable();
const failed = [...results.values()].flatMap((byVersion) => [...byVersion.values()]).filter((result) => result.status === 'failed');
log(`done in ${Math.round((performance.now() - started) / 1000)} s`);
if (failed.length > 0 || (ci && skipped.length > 0)) process.exit(1);

// The machine's Node: the same suites through turbo, served from its cache when `npm test` already passed them.
function runOnMachineNode() {
  log(
    `Node ${machine} (the machine's; npm ${execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim()}, ABI ${process.versions.modules}, better-sqlite3 ${betterSqliteVersion} from node_modules): through turbo`,
  );
  const at = performance.now();
  const run = spawnSync(
    join(repoRoot, 'node_modules', '.bin', 'turbo'),
    ['run', 'test', '--concurrency=2', '--output-logs=errors-only', ...tasks.map((suite) => `--filter=${suite.name}`)],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
    },
  );
  log(`Node ${machine}: turbo exited ${run.status ?? run.signal} after ${Math.round((performance.now() - at) / 1000)} s`);
  // turbo caches only tasks that passed, and exits 0 when interrupted: a suite passed if its test task is now cached.
  const after = new Map(turboTestTasks(tasks).map((suite) => [suite.name, suite.cachedByTurbo]));
  const status = (suite) => (!after.get(suite.name) || run.status !== 0 ? 'failed' : suite.cachedByTurbo ? 'turbo cache' : 'passed');
  return new Map(tasks.map((suite) => [suite.name, { status: status(suite), seconds: 0 }]));
}

// Installs the pinned Node and builds better-sqlite3 for it; on failure, fails (CI) or warns and skips that version.
function prepare(entry) {
  try {
    const at = performance.now();
    const node = installNode({ package: pinned.package, ...entry });
    const sqlite = buildBetterSqlite(entry.version);
    const env = envFor(entry.version, sqlite.binding);
    // What npm scripts (and so `vitest`, through `#!/usr/bin/env node`) really run on, and the ABI the binding loads in.
    const probe = JSON.parse(
      execFileSync(
        nodeBinary(entry.version),
        [
          npmCli(),
          'exec',
          '--offline',
          '--',
          'node',
          '-p',
          "JSON.stringify({ node: process.version, abi: process.versions.modules, sqlite: new (require('better-sqlite3'))(':memory:').prepare('select sqlite_version() as v').get().v })",
        ],
        { cwd: repoRoot, env, encoding: 'utf8' },
      ),
    );
    if (probe.node !== `v${entry.version}`) throw new Error(`npm scripts run on ${probe.node}, not v${entry.version}`);
    const npmVersion = execFileSync(nodeBinary(entry.version), [npmCli(), '--version'], { env, encoding: 'utf8' }).trim();
    log(
      `Node ${entry.version} (${pinned.package}@${entry.version}${node.cached ? ', cached' : ', installed'}; npm ${npmVersion}, ABI ${probe.abi}, better-sqlite3 ${betterSqliteVersion} ${sqlite.cached ? 'cached build' : 'built'} with SQLite ${probe.sqlite}) ready in ${Math.round((performance.now() - at) / 1000)} s`,
    );
    return sqlite;
  } catch (error) {
    skipped.push(entry.version);
    const message = `Node ${entry.version} is NOT tested: ${error.message}`;
    if (ci) console.error(`node-matrix: ERROR: ${message}`);
    else console.warn(`\nnode-matrix: WARNING: ${message}\n(set CI=true to make this fail)\n`);
    return undefined;
  }
}

// Runs `run` over the items, `concurrency` at a time.
async function runPool(items, run) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await run(item);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function printTable() {
  const versions = [...results.keys()];
  const width = Math.max(...selected.map((suite) => suite.name.length));
  const cell = (result) => (result ? `${result.status}${result.seconds ? ` ${result.seconds}s` : ''}` : '-').padEnd(16);
  console.log(`\n${'suite'.padEnd(width)}  ${versions.map((version) => `Node ${version}`.padEnd(16)).join('')}`);
  for (const suite of selected)
    console.log(`${suite.name.padEnd(width)}  ${versions.map((version) => cell(results.get(version).get(suite.name))).join('')}`);
  for (const version of skipped) console.log(`Node ${version}: NOT TESTED (see above)`);
}
