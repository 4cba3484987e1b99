import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileVendorFactsType } from './lib/compile-vendor-facts-type.ts';
import { repoRoot } from './lib/paths.ts';

// The scripts' own copy of the VendorFacts type (the published one is written by generate-schemas-package.ts).
const outDir = join(repoRoot, 'scripts', 'generated');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'vendor-facts.ts'), await compileVendorFactsType());
console.log('@chat-webhooks/scripts: VendorFacts -> scripts/generated/vendor-facts.ts');
