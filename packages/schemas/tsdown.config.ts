import { defineConfig } from 'tsdown';

export default defineConfig({
  // `./vendors`: the vendor facts without the schemas (what @chat-webhooks/verify needs).
  entry: ['src/index.ts', 'src/vendors.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
});
