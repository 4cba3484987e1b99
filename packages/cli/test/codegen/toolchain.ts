import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The first executable named `name` on PATH, or the first of `fallbacks` that exists. */
export function findExecutable(name: string, fallbacks: readonly string[] = []): string | undefined {
  const candidates = [
    ...(process.env['PATH'] ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, name)),
    ...fallbacks,
  ];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export type ToolchainMode = 'run' | 'skip' | 'fail';

/**
 * Whether a toolchain test runs. A missing tool skips the test with a loud warning on a developer's machine,
 * and fails it under CI (`CI` set), where `.ci/run` installs the tools: a green CI never hides a skipped compile.
 */
export function toolchainMode(what: string, missing: readonly string[], install: string): ToolchainMode {
  if (missing.length === 0) return 'run';
  const message = `codegen ${what}: missing ${missing.join(', ')} (install: ${install})`;
  if (isCI()) return 'fail';
  console.warn(`\n${'!'.repeat(100)}\n!! SKIPPED ${message}\n!! These tests are mandatory in CI (CI=true).\n${'!'.repeat(100)}\n`);
  return 'skip';
}

/** CI is whatever sets `CI` (GitHub Actions, .ci/run), unless it says `false` or `0`. */
export function isCI(): boolean {
  const value = process.env['CI'];
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

export function assertToolchain(mode: ToolchainMode, what: string, missing: readonly string[], install: string): void {
  if (mode === 'fail') throw new Error(`codegen ${what}: missing ${missing.join(', ')} under CI; .ci/run must install: ${install}`);
}

export function missingPaths(paths: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(paths)
    .filter(([, path]) => path === undefined || !existsSync(path))
    .map(([name]) => name);
}
