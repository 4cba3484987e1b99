import { defineConfig } from 'tsdown';

// The package root, and one entry per vendor (`@chat-webhooks/mocks/talkplus`).
export default defineConfig({
  entry: { index: 'src/index.ts', sendbird: 'src/generated/sendbird.ts', talkplus: 'src/generated/talkplus.ts', nexconn: 'src/generated/nexconn.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
});
