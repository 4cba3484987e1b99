import { defineConfig } from 'tsdown';

// Every generated module is an entry: `index` plus one subpath per vendor (`@chat-webhooks/types/talkplus`).
export default defineConfig({
  entry: ['src/generated/*.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
});
