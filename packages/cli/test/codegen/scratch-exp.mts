import { buildVendorModel } from '../../src/codegen/prepare-schemas.js';
import { runQuicktype } from '../../src/codegen/run-quicktype.js';
const [lang, vendor, opts] = process.argv.slice(2);
const m = buildVendorModel(vendor as any);
console.error(JSON.stringify(m.integerEnums));
const files = await runQuicktype({ lang: lang!, document: m.document as any, topLevels: m.events.map(e => e.title), rendererOptions: JSON.parse(opts ?? '{}'), outputFilename: 'out' });
for (const [f, t] of files) { console.log('=== ' + f); console.log(t); }
