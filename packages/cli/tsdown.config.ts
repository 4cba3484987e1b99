import { defineConfig } from 'tsdown';

// The schema toolkit is an internal workspace package (TypeScript source, never published): bundled in.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'node',
  noExternal: ['@chat-webhooks/schema-toolkit'],
});
