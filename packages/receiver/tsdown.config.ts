import { defineConfig } from 'tsdown';

// `.` has node:crypto and Web Crypto twins over one core: Node resolves the `node` condition (index.node), every
// other runtime the neutral build (index), which never imports a Node built-in. The inboxes are subpaths of their
// own: better-sqlite3, bullmq and ioredis stay optional peer dependencies, loaded only by `/sqlite` or `/redis`.
export default defineConfig({
  entry: { index: 'src/index.ts', 'index.node': 'src/index.node.ts', sqlite: 'src/sqlite/index.ts', redis: 'src/redis/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  deps: { neverBundle: [/^node:/, 'better-sqlite3', 'bullmq', 'ioredis'] },
});
