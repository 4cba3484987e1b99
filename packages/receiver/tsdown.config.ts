import { defineConfig } from 'tsdown';

// `.` has node:crypto and Web Crypto twins over one core: Node resolves the `node` condition (index.node), every
// other runtime the neutral build (index), which never imports a Node built-in. The inboxes are subpaths built on
// their own (no chunk shared with `.`, so loading `.` can never load them): better-sqlite3, bullmq and ioredis
// stay optional peer dependencies, loaded only by `/sqlite` or `/redis`.
const shared = {
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  deps: { neverBundle: [/^node:/, /^@chat-webhooks\//, 'better-sqlite3', 'bullmq', 'ioredis'] },
} as const;

export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts', 'index.node': 'src/index.node.ts' } },
  { ...shared, entry: { sqlite: 'src/sqlite/index.ts' }, clean: false },
  { ...shared, entry: { redis: 'src/redis/index.ts' }, clean: false },
]);
