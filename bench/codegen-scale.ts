import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Codegen at scale: a copy of the workspace gains a synthetic vendor of N events (TalkPlus shapes, renamed), then
// the full generate of every package is timed (turbo, cache off), and a no-op build through turbo's cache.
const repoRoot = join(import.meta.dirname, '..');
const SIZES = (process.env.SIZES ?? '25,250,1000').split(',').map(Number);
const GENERATED_PACKAGES = ['schemas', 'types', 'validators', 'mocks', 'docs'];
const BUILD_TIMEOUT_MS = Number(process.env.BUILD_TIMEOUT_MS ?? 300_000);

const rows: string[] = [];
for (const size of SIZES) {
  const work = mkdtempSync(join(tmpdir(), `codegen-scale-${size}-`));
  try {
    copyWorkspace(work);
    addSyntheticVendor(join(work, 'schemas'), size);
    const turbo = (args: string[], timeout?: number) => {
      const started = performance.now();
      const output = execFileSync(join(repoRoot, 'node_modules', '.bin', 'turbo'), args, {
        cwd: work,
        encoding: 'utf8',
        ...(timeout === undefined ? {} : { timeout }),
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
      });
      return { ms: performance.now() - started, output };
    };
    const filters = GENERATED_PACKAGES.flatMap((name) => ['--filter', `@chat-webhooks/${name}`]);
    const generate = turbo(['run', 'generate', '--force', '--concurrency=1', '--output-logs=none', ...filters]);
    const noopGenerate = turbo(['run', 'generate', '--output-logs=none', ...filters]);
    const events = size + 26;
    let firstBuild: string;
    let noopBuild = '-';
    try {
      firstBuild = `${(turbo(['run', 'build', '--output-logs=none', ...filters], BUILD_TIMEOUT_MS).ms / 1000).toFixed(1)} s`;
      const noop = turbo(['run', 'build', '--output-logs=none', ...filters], BUILD_TIMEOUT_MS);
      noopBuild = noop.output.includes('FULL TURBO') ? `${(noop.ms / 1000).toFixed(2)} s` : 'not cached';
    } catch {
      firstBuild = `did not finish in ${BUILD_TIMEOUT_MS / 1000} s`;
    }
    rows.push(
      `| ${size} | ${events} | ${(generate.ms / 1000).toFixed(1)} s | ${(generate.ms / events).toFixed(1)} ms | ${(noopGenerate.ms / 1000).toFixed(2)} s | ${firstBuild} | ${noopBuild} |`,
    );
    console.error(rows.at(-1));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
console.log(`Codegen at scale (node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
console.log(
  '| synthetic events | all events | full generate, 5 packages | per event | no-op generate | first build | no-op build (turbo cache) |\n|---:|---:|---:|---:|---:|---:|---:|',
);
console.log(rows.join('\n'));

/** The sources a generate and build need; node_modules is shared through a symlink. */
function copyWorkspace(work: string): void {
  for (const entry of ['package.json', 'package-lock.json', 'turbo.json', 'tsconfig.base.json', 'schemas', 'scripts'])
    cpSync(join(repoRoot, entry), join(work, entry), { recursive: true, filter: (path) => !path.includes('node_modules') });
  for (const name of GENERATED_PACKAGES) {
    cpSync(join(repoRoot, 'packages', name), join(work, 'packages', name), {
      recursive: true,
      filter: (path) => !/(node_modules|dist|src\/generated|\.turbo|test-results)$/.test(path),
    });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(work, 'node_modules'));
  execFileSync('git', ['init', '-q'], { cwd: work });
  writeFileSync(join(work, '.gitignore'), readFileSync(join(repoRoot, '.gitignore')));
}

/** `size` events shaped like TalkPlus ones, 25 per folder, each with its example. */
function addSyntheticVendor(schemas: string, size: number): void {
  const source = join(schemas, 'talkplus');
  const target = join(schemas, 'synthetic');
  const rename = (text: string) => text.replaceAll('Talkplus', 'Synthetic').replaceAll('talkplus', 'synthetic');
  mkdirSync(join(target, 'common'), { recursive: true });
  const facts = JSON.parse(readFileSync(join(source, 'vendor.json'), 'utf8'));
  writeFileSync(
    join(target, 'vendor.json'),
    JSON.stringify({ ...facts, id: 'synthetic', name: 'Synthetic', typePrefix: 'Synthetic' }, null, 2),
  );
  for (const file of readdirSync(join(source, 'common')))
    writeFileSync(join(target, 'common', file), rename(readFileSync(join(source, 'common', file), 'utf8')));
  const schema = readFileSync(join(source, 'member', 'member_added.schema.json'), 'utf8');
  const example = JSON.parse(readFileSync(join(source, 'member', 'member_added.examples', 'docs.json'), 'utf8'));
  for (let index = 0; index < size; index++) {
    const name = `event_${String(index).padStart(4, '0')}`;
    const group = join(target, `group_${Math.floor(index / 25)}`);
    mkdirSync(join(group, `${name}.examples`), { recursive: true });
    const title = `Synthetic${name
      .split('_')
      .map((part) => part[0]!.toUpperCase() + part.slice(1))
      .join('')}Event`;
    writeFileSync(
      join(group, `${name}.schema.json`),
      rename(schema).replace('"member_added"', JSON.stringify(name)).replace('"SyntheticMemberAddedEvent"', JSON.stringify(title)),
    );
    writeFileSync(join(group, `${name}.examples`, 'docs.json'), JSON.stringify({ ...example, event: name }));
  }
}
