import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// What a bundle carries: each entry bundled alone, minified, then gzipped (esbuild, ESM, neutral platform).
const entries: Record<string, string> = {
  'one event: `@chat-webhooks/validators/talkplus/member_added`': `export { validateTalkplusMemberAddedEvent } from '@chat-webhooks/validators/talkplus/member_added';`,
  'one small event: `@chat-webhooks/validators/nexconn/open_channel.operation`': `export { validateNexconnOpenChannelOperationEvent } from '@chat-webhooks/validators/nexconn/open_channel.operation';`,
  'one vendor: `@chat-webhooks/validators/talkplus`': `export { parseWebhook } from '@chat-webhooks/validators/talkplus';`,
  'everything: `@chat-webhooks/validators`': `export { parseWebhook } from '@chat-webhooks/validators';`,
  'for scale, ajv itself (`ajv/dist/2020`, compiling at run time)': `export { Ajv2020 } from 'ajv/dist/2020.js';`,
};

console.log('| bundle | minified | minified + gzip |\n|---|---:|---:|');
for (const [label, contents] of Object.entries(entries)) {
  const result = await build({ stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'silent' });
  const code = result.outputFiles[0]!.contents;
  console.log(`| ${label} | ${(code.byteLength / 1024).toFixed(1)} KiB | ${(gzipSync(code).byteLength / 1024).toFixed(1)} KiB |`);
}
