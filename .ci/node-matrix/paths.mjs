// Where the matrix keeps what it installs and builds: outside every workspace, git-ignored, reused between runs.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const cacheRoot = join(repoRoot, '.cache', 'node');

/** The unpacked Node distribution (bin/node, include/node) of one exact version. */
export const nodePrefix = (version) => join(cacheRoot, version);
export const nodeBinary = (version) => join(nodePrefix(version), 'bin', 'node');

/** better-sqlite3's native binding built for one Node ABI, beside that Node. */
export const sqliteBinding = (version) => join(nodePrefix(version), 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

/** Stamps of suites that passed, keyed by turbo's hash of the suite's inputs and the Node version. */
export const passedStamps = join(repoRoot, '.cache', 'node-matrix', 'passed');
/** The output of each suite on each Node: .cache/node-matrix/logs/<version>/<suite>.log. */
export const suiteLogs = join(repoRoot, '.cache', 'node-matrix', 'logs');

/** The npm on PATH (the machine's npm 11), as a script any Node can run. */
export const npmCli = () => realpathSync(execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());
/** The node-gyp bundled with that npm: the one `npm ci` built native modules with. */
export const nodeGypCli = () => join(dirname(npmCli()), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
