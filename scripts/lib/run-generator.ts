import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCatalog, type Catalog } from './load-catalog.ts';
import { repoRoot } from './paths.ts';
import { formatProblem } from './problem.ts';

/** File path (relative to the package's `src/generated/`) -> content. */
export type GeneratedFiles = Map<string, string>;

export const GENERATED_BANNER = '// Generated from schemas/ by scripts/. Do not edit: edit the schema and run `npm run generate`.\n';

/**
 * Runs one package's generator: loads the catalogue once (stopping with every schema problem if there
 * are any), renders, replaces `<packageDir>/src/generated/` and prints a one-line summary.
 */
export async function runGenerator(
  packageName: string,
  packageDir: string,
  render: (catalog: Catalog) => GeneratedFiles | Promise<GeneratedFiles>,
): Promise<void> {
  const started = performance.now();
  const { catalog, problems } = loadCatalog();
  if (problems.length > 0) {
    console.error(problems.map(formatProblem).join('\n\n'));
    console.error(`\n${packageName}: not generated, ${problems.length} schema problem(s); run \`npm run check:schemas\``);
    process.exit(1);
  }
  const files = await render(catalog);
  const outDir = join(repoRoot, packageDir, 'src', 'generated');
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  }
  const elapsed = Math.round(performance.now() - started);
  console.log(
    `${packageName}: ${catalog.vendors.length} vendors (${catalog.vendors.map((vendor) => `${vendor.id} ${vendor.events.length}`).join(', ')}), ` +
      `${catalog.events.length} events -> ${packageDir}/src/generated (${files.size} files) in ${elapsed} ms`,
  );
}
