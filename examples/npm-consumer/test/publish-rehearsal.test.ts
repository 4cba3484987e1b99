import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicPackages, repoRoot } from './workspace.js';

// A rehearsed release: a real registry (verdaccio, no uplinks, storage in a temp folder) on 127.0.0.1,
// `changeset version` and `changeset publish` against it from a copy of the workspace, then a fresh consumer
// outside the repository installs from it and compiles with `tsc --strict` as ESM (nodenext, bundler) and CJS.
// Nothing leaves the machine.
const require = createRequire(import.meta.url);
const verdaccioBin = join(dirname(require.resolve('verdaccio/package.json')), 'bin', 'verdaccio');
const changesetBin = join(dirname(require.resolve('@changesets/cli/package.json')), 'bin.js');
const tsc = require.resolve('typescript/bin/tsc');
// Every example payload kept beside its event: the consumer validates each one through the published packages.
const documentedExamples = readdirSync(join(repoRoot, 'schemas'), { recursive: true, encoding: 'utf8' }).filter((path) =>
  /\.examples[\\/][^\\/]+\.json$/.test(path),
).length;
const CONSUMED = ['schemas', 'types', 'validators', 'mocks', 'verify', 'receiver'];

let work: string;
let registry: string;
let verdaccio: ChildProcess;
let env: NodeJS.ProcessEnv;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'publish-rehearsal-'));
  const port = await freePort();
  registry = `http://127.0.0.1:${port}/`;
  writeFileSync(
    join(work, 'verdaccio.yaml'),
    [
      `storage: ${join(work, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(work, 'htpasswd')}`,
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: warn }',
    ].join('\n'),
  );
  verdaccio = spawn(process.execPath, [verdaccioBin, '--config', join(work, 'verdaccio.yaml'), '--listen', `127.0.0.1:${port}`], {
    stdio: 'ignore',
  });
  await waitFor(async () => (await fetch(`${registry}-/ping`)).ok);
  const user = await fetch(`${registry}-/user/org.couchdb.user:rehearsal`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'rehearsal', password: 'rehearsal-password' }),
  });
  const { token } = (await user.json()) as { token: string };
  writeFileSync(join(work, '.npmrc'), `registry=${registry}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  env = {
    ...process.env,
    npm_config_userconfig: join(work, '.npmrc'),
    npm_config_registry: registry,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
});

afterAll(() => {
  verdaccio?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('a rehearsed publish to a local registry', () => {
  it('changeset version raises the versions and writes changelogs; changeset publish sends every public package', () => {
    const release = join(work, 'release');
    mkdirSync(join(release, 'packages'), { recursive: true });
    cpSync(join(repoRoot, '.changeset'), join(release, '.changeset'), { recursive: true });
    writeFileSync(join(release, 'package.json'), JSON.stringify({ name: 'release-rehearsal', private: true, workspaces: ['packages/*'] }));
    for (const { dir, manifest } of publicPackages) {
      const folder = join(release, 'packages', manifest.name.split('/')[1]!);
      for (const entry of ['package.json', 'README.md', 'dist', 'bin'])
        if (existsSync(join(dir, entry))) cpSync(join(dir, entry), join(folder, entry), { recursive: true });
    }
    run(process.execPath, [changesetBin, 'version'], release);
    const types = JSON.parse(readFileSync(join(release, 'packages', 'types', 'package.json'), 'utf8'));
    const validators = JSON.parse(readFileSync(join(release, 'packages', 'validators', 'package.json'), 'utf8'));
    expect(types.version).not.toBe('0.0.0');
    expect(validators.version).toBe(types.version); // the generated packages move together
    expect(validators.dependencies['@chat-webhooks/types']).toBe(`^${types.version}`);
    expect(readFileSync(join(release, 'packages', 'validators', 'CHANGELOG.md'), 'utf8')).toContain('precompiled validators');

    const output = run(process.execPath, [changesetBin, 'publish'], release);
    for (const { manifest } of publicPackages) expect(output).toContain(manifest.name);
    const published = JSON.parse(run('npm', ['view', '@chat-webhooks/validators', 'version', '--json'], work));
    expect(published).toBe(types.version);
  });

  const consumerModes = [
    {
      mode: 'nodenext-esm',
      type: 'module',
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out' },
      runs: true,
    },
    {
      mode: 'nodenext-cjs',
      type: 'commonjs',
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out' },
      runs: true,
    },
    { mode: 'bundler', type: 'module', compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: true }, runs: false },
  ] as const;

  for (const { mode, type, compilerOptions, runs } of consumerModes) {
    it(`a fresh consumer installs from the registry, compiles with tsc --strict (${mode})${runs ? ' and runs' : ''}`, () => {
      const consumer = join(work, `consumer-${mode}`);
      mkdirSync(consumer, { recursive: true });
      const dependencies = Object.fromEntries(CONSUMED.map((name) => [`@chat-webhooks/${name}`, 'latest']));
      writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: `consumer-${mode}`, private: true, type, dependencies }));
      run('npm', ['install', '--no-package-lock'], consumer);
      cpSync(join(import.meta.dirname, '..', 'consumer', 'index.ts'), join(consumer, 'index.ts'));
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            target: 'ES2022',
            skipLibCheck: false,
            types: ['node'],
            typeRoots: [join(repoRoot, 'node_modules', '@types')],
            ...compilerOptions,
          },
          files: ['index.ts'],
        }),
      );
      const compiled = (() => {
        try {
          return run(process.execPath, [tsc, '-p', consumer], consumer);
        } catch (error) {
          return String((error as { stdout?: string }).stdout) + String((error as { stderr?: string }).stderr);
        }
      })();
      expect(compiled).toBe('');
      if (!runs) return;
      const report = JSON.parse(run(process.execPath, [join(consumer, 'out', 'index.js')], consumer));
      expect(report).toEqual({
        fixtures: documentedExamples,
        validFixtures: documentedExamples,
        mocksValid: true,
        talkplusVector: true,
        trailingNewlineRefused: true,
        receiverStatus: 200,
        seen: [expect.any(String)],
      });
    });
  }
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(ready: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if (await ready()) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('verdaccio did not start');
}
