import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { publicPackages } from './workspace.js';

// The CLI's bin, found through its package.json (its exports map hides the file itself).
const attw = join(dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');

/** Entry points to check: the exports map's, with wildcards expanded to the built files they match. */
function entrypoints(dir: string, exports: Record<string, unknown>): string[] {
  const dist = join(dir, 'dist');
  const built = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.d.ts') && !/-[A-Za-z0-9_-]{8}\.d\.ts$/.test(file),
  );
  return Object.keys(exports).flatMap((key) => {
    // package.json and raw JSON documents (`@chat-webhooks/openapi/openapi.json`) are data, not modules with types.
    if (key.endsWith('.json')) return [];
    if (!key.includes('*')) return [key];
    return built.map((file) => `./${file.slice(0, -'.d.ts'.length)}`).filter((entry) => entry !== './index');
  });
}

describe('every public package is fit for npm', () => {
  it('has the metadata npm users expect', () => {
    expect(publicPackages.map((pkg) => pkg.name).sort()).toEqual(
      ['cli', 'docs', 'mocks', 'openapi', 'receiver', 'schemas', 'types', 'validators', 'verify', 'zod'].map(
        (name) => `@chat-webhooks/${name}`,
      ),
    );
    for (const { manifest } of publicPackages) {
      expect(manifest, manifest.name).toMatchObject({
        license: 'MIT',
        engines: { node: '^20.19.0 || ^22.12.0 || >=24.0.0' },
        files: expect.arrayContaining(['dist']),
        repository: { type: 'git' },
      });
      expect(manifest.private, manifest.name).toBeUndefined();
    }
  });

  for (const { name, dir, manifest } of publicPackages) {
    it(`${name}: publint reports nothing, not even a suggestion`, async () => {
      const { messages, pkg } = await publint({ pkgDir: dir, level: 'suggestion', pack: 'npm' });
      expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
    });

    if (manifest.types === undefined) continue; // @chat-webhooks/docs ships HTML and Markdown, no code
    it(`${name}: arethetypeswrong finds no problem for node16 (ESM and CJS) and bundlers, on every entry point`, () => {
      const points = entrypoints(dir, manifest.exports ?? {});
      const output = execFileSync(
        process.execPath,
        [attw, '--pack', '.', '--format', 'json', '--profile', 'node16', '--entrypoints', ...points],
        { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 },
      );
      const analysis = JSON.parse(output).analysis as {
        problems: { kind: string; entrypoint: string; resolutionKind: string }[];
        entrypoints: Record<string, unknown>;
      };
      expect(Object.keys(analysis.entrypoints).length, name).toBe(points.length);
      expect(analysis.problems.filter((problem) => problem.resolutionKind !== 'node10')).toEqual([]);
    });
  }
});
