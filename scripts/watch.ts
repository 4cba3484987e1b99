import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './lib/paths.ts';

// `npm run dev`: on every edit under schemas/ or scripts/, say what changed, then let turbo regenerate and re-test.
// Turbo's cache makes that cheap: only tasks whose inputs changed run again, the rest replay from cache.
const WATCHED = ['schemas', 'scripts'];
const DEBOUNCE_MS = 250;
const turbo = join(repoRoot, 'node_modules', '.bin', 'turbo');

let changed = new Set<string>();
let timer: NodeJS.Timeout | undefined;
let running: ChildProcess | undefined;

function rerun(): void {
  const files = [...changed].sort();
  changed = new Set();
  running?.kill();
  console.log(`\n[dev] changed: ${files.join(', ')}\n[dev] turbo run generate test typecheck (only what depends on the change reruns)`);
  const started = Date.now();
  running = spawn(turbo, ['run', 'generate', 'test', 'typecheck', '--output-logs=new-only', '--concurrency=2'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  running.on('exit', (code, signal) => {
    if (signal === null)
      console.log(
        `[dev] ${code === 0 ? 'green' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s; watching ${WATCHED.join('/, ')}/`,
      );
  });
}

for (const folder of WATCHED) {
  watch(join(repoRoot, folder), { recursive: true }, (_event, file) => {
    if (!file || file.includes('node_modules') || file.includes('.turbo')) return;
    changed.add(relative(repoRoot, join(repoRoot, folder, file)));
    clearTimeout(timer);
    timer = setTimeout(rerun, DEBOUNCE_MS);
  });
}
console.log(`[dev] watching ${WATCHED.join('/, ')}/ — edit a schema to regenerate and re-run the affected tests`);
changed.add('(start)');
rerun();
