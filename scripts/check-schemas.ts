import { resolve } from 'node:path';
import { loadCatalog } from './lib/load-catalog.ts';
import { formatProblem } from './lib/problem.ts';

// `npm run check:schemas [-- <schemas dir>]`: every convention of docs/schema-conventions.md, every problem at once.
const schemasDir = process.argv[2] ? resolve(process.argv[2]) : undefined;
const { catalog, problems } = loadCatalog(schemasDir ? { schemasDir } : {});
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n\n'));
  console.error(`\ncheck:schemas: ${problems.length} problem(s)`);
  process.exit(1);
}
const examples = catalog.events.reduce((sum, event) => sum + event.examples.length, 0);
console.log(
  `check:schemas: ${catalog.vendors.length} vendors, ${catalog.events.length} events, ${examples} examples: all conventions hold`,
);
