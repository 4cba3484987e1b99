import { gzipSync } from 'node:zlib';
import { eventNames, vendors, type Vendor } from '@chat-webhooks/schemas';
import { build } from 'esbuild';

// What a bundle carries: each entry bundled alone, minified, then gzipped (esbuild, ESM, neutral platform).
const entries: Record<string, string> = {
  'one event: `@chat-webhooks/validators/talkplus/member_added`': `export { validateTalkplusMemberAddedEvent } from '@chat-webhooks/validators/talkplus/member_added';`,
  'one event, its boolean guard alone: `isTalkplusMemberAddedEvent`': `export { isTalkplusMemberAddedEvent } from '@chat-webhooks/validators/talkplus/member_added';`,
  'one small event: `@chat-webhooks/validators/nexconn/open_channel.operation`': `export { validateNexconnOpenChannelOperationEvent } from '@chat-webhooks/validators/nexconn/open_channel.operation';`,
  'one vendor: `@chat-webhooks/validators/talkplus`': `export { parseWebhook } from '@chat-webhooks/validators/talkplus';`,
  'one vendor: `@chat-webhooks/validators/nexconn`': `export { parseWebhook } from '@chat-webhooks/validators/nexconn';`,
  'one vendor: `@chat-webhooks/validators/sendbird`': `export { parseWebhook } from '@chat-webhooks/validators/sendbird';`,
  'everything: `@chat-webhooks/validators`': `export { parseWebhook } from '@chat-webhooks/validators';`,
  'for scale, ajv itself (`ajv/dist/2020`, compiling at run time)': `export { Ajv2020 } from 'ajv/dist/2020.js';`,
};

async function sizes(contents: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code).byteLength };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log('| bundle | minified | minified + gzip |\n|---|---:|---:|');
for (const [label, contents] of Object.entries(entries)) {
  const { minified, gzipped } = await sizes(contents);
  console.log(`| ${label} | ${kib(minified)} | ${kib(gzipped)} |`);
}

// Every event's entry point, importing its `validate<Type>` (which pulls the fast path, the explaining code and the package core).
const perEvent: { vendor: Vendor; entry: string; minified: number; gzipped: number }[] = [];
for (const facts of vendors) {
  const vendor = facts.id as Vendor;
  for (const name of eventNames(vendor)) {
    const entry = `@chat-webhooks/validators/${vendor}/${name.replaceAll(':', '.')}`;
    perEvent.push({ vendor, entry, ...(await sizes(`export * from '${entry}';`)) });
  }
}
perEvent.sort((a, b) => b.gzipped - a.gzipped);
console.log(`\nEvery event entry point alone (${perEvent.length} events), largest first\n`);
console.log('| entry point | minified | minified + gzip |\n|---|---:|---:|');
for (const { entry, minified, gzipped } of perEvent) console.log(`| \`${entry}\` | ${kib(minified)} | ${kib(gzipped)} |`);
const gz = perEvent.map((event) => event.gzipped);
console.log(
  `\nPer event, gzipped: ${kib(Math.min(...gz))} to ${kib(Math.max(...gz))}; ${gz.filter((bytes) => bytes <= 3 * 1024).length} of ${gz.length} at most 3 KiB`,
);

// Per vendor, in short: its largest event entry point and how many are over the 3 KiB goal.
console.log('\n| vendor | events | largest event entry (minified + gzip) | over 3 KiB |\n|---|---:|---|---:|');
for (const facts of vendors) {
  const own = perEvent.filter((event) => event.vendor === facts.id);
  if (own.length === 0) continue;
  const largest = own.reduce((a, b) => (b.gzipped > a.gzipped ? b : a));
  const over = own.filter((event) => event.gzipped > 3 * 1024).length;
  console.log(`| ${facts.id} | ${own.length} | \`${largest.entry}\` ${kib(largest.gzipped)} | ${over} of ${own.length} |`);
}
