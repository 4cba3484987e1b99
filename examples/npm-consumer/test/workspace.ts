import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');

export interface PublicPackage {
  name: string;
  dir: string;
  manifest: {
    name: string;
    version: string;
    private?: boolean;
    exports?: Record<string, unknown>;
    types?: string;
    dependencies?: Record<string, string>;
  };
}

/** Every published package under packages/: all but the private ones (the schema toolkit, bundled into the CLI). */
export const publicPackages: PublicPackage[] = readdirSync(join(repoRoot, 'packages'))
  .map((folder) => {
    const dir = join(repoRoot, 'packages', folder);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return { name: manifest.name, dir, manifest };
  })
  .filter(({ manifest }) => manifest.private !== true);
