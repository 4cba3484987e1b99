import { defineConfig } from 'tsdown';

// The inboxes are subpaths of their own: better-sqlite3, bullmq and ioredis stay optional peer dependencies,
// loaded only by those who import `@chat-webhooks/receiver/sqlite` or `/redis`.
export default defineConfig({
  entry: { index: 'src/index.ts', sqlite: 'src/sqlite/index.ts', redis: 'src/redis/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  external: ['better-sqlite3', 'bullmq', 'ioredis'],
});
