// Builds better-sqlite3's native binding for one Node ABI into .cache/node/<version>/better-sqlite3, from the
// sources npm ci installed, against that Node's own headers (--nodedir: node-gyp downloads nothing). The copy in
// node_modules stays built for the machine's Node, which every other test uses at the same time.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { envFor } from './child-env.mjs';
import { nodeBinary, nodeGypCli, nodePrefix, repoRoot, sqliteBinding } from './paths.mjs';

const require = createRequire(join(repoRoot, 'package.json'));
const sourceDir = dirname(require.resolve('better-sqlite3/package.json'));
export const betterSqliteVersion = JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8')).version;

export function buildBetterSqlite(version) {
  const target = join(nodePrefix(version), 'better-sqlite3');
  const stamp = join(target, 'built-from.json');
  const wanted = JSON.stringify({ betterSqlite3: betterSqliteVersion, node: version });
  if (existsSync(sqliteBinding(version)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted)
    return { binding: sqliteBinding(version), cached: true };

  const staging = `${target}.staging`;
  rmSync(staging, { recursive: true, force: true });
  // Sources only: the build folder in node_modules belongs to the machine's Node.
  cpSync(sourceDir, staging, { recursive: true, filter: (path) => path !== join(sourceDir, 'build') });
  try {
    execFileSync(nodeBinary(version), [nodeGyp(), 'rebuild', '--release', `--nodedir=${nodePrefix(version)}`, '--jobs=2'], {
      cwd: staging,
      env: envFor(version),
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  } catch (error) {
    throw new Error(
      `node-matrix: building better-sqlite3 ${betterSqliteVersion} for Node ${version} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`,
    );
  }
  writeFileSync(join(staging, 'built-from.json'), wanted);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  return { binding: sqliteBinding(version), cached: false };
}

function nodeGyp() {
  const bundled = nodeGypCli();
  if (!existsSync(bundled)) throw new Error(`node-matrix: node-gyp not found beside npm (${bundled})`);
  return bundled;
}
