// Build: the generated Markdown and site are the package's content; copy them to dist/ as they are.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../src/generated/', import.meta.url));
const target = fileURLToPath(new URL('../dist/', import.meta.url));

if (!existsSync(source)) {
  console.error('@chat-webhooks/docs: src/generated/ is missing; run `npm run generate` first');
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true });
console.log('@chat-webhooks/docs: src/generated -> dist');
