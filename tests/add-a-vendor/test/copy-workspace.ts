import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** The published packages a vendor added by its schemas must reach, in build order. */
export const PACKAGES = ['schemas', 'types', 'validators', 'mocks', 'verify', 'receiver', 'docs'] as const;

/** What the scripts read at the workspace's root. */
const ROOT_ENTRIES = ['package.json', 'package-lock.json', '.gitignore', 'turbo.json', 'tsconfig.base.json', '.ci', 'schemas', 'scripts'];

/** Internal packages the scripts read (TypeScript source, nothing to build). */
const INTERNAL = ['schema-toolkit'] as const;

const BUILT_OR_CACHED = /(node_modules|dist|src\/generated|\.turbo|test-results|scripts\/generated)$/;

/**
 * A copy of the workspace's sources in `work`, sharing the installed dependencies: node_modules is a folder of
 * links to the repository's, except `@chat-webhooks/*`, which point at the copy's own packages (the links npm
 * made point at the repository's, which know nothing of the added vendor).
 */
export function copyWorkspace(repoRoot: string, work: string): void {
  for (const entry of ROOT_ENTRIES) {
    cpSync(join(repoRoot, entry), join(work, entry), { recursive: true, filter: (path) => !BUILT_OR_CACHED.test(path) });
  }
  for (const name of [...PACKAGES, ...INTERNAL]) {
    cpSync(join(repoRoot, 'packages', name), join(work, 'packages', name), {
      recursive: true,
      filter: (path) => !BUILT_OR_CACHED.test(path),
    });
  }
  const modules = join(work, 'node_modules');
  mkdirSync(join(modules, '@chat-webhooks'), { recursive: true });
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (entry !== '@chat-webhooks') symlinkSync(join(repoRoot, 'node_modules', entry), join(modules, entry));
  }
  for (const name of [...PACKAGES, ...INTERNAL]) symlinkSync(join(work, 'packages', name), join(modules, '@chat-webhooks', name));
  symlinkSync(join(work, 'scripts'), join(modules, '@chat-webhooks', 'scripts'));
}
