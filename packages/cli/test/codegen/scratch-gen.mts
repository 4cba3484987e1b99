import { generateTypes } from '../../src/codegen/index.js';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
const [lang, out] = process.argv.slice(2);
const t = Date.now();
const files = await generateTypes({ lang: lang as any });
rmSync(out!, { recursive: true, force: true });
for (const f of files) { mkdirSync(dirname(join(out!, f.path)), { recursive: true }); writeFileSync(join(out!, f.path), f.contents); }
console.log(lang, files.length, 'files', Date.now() - t, 'ms');
