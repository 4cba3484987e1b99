import { defineConfig } from 'tsdown';

// Two entry points over one shared core: `.` signs with node:crypto (synchronous), `./web` with Web Crypto
// (asynchronous) and never imports a Node built-in, so Workers, Deno and browsers can load it. The platform is
// neutral for the sake of `./web`; `node:` built-ins, which only `.` imports, are declared external by hand.
export default defineConfig({
  entry: { index: 'src/index.ts', web: 'src/web.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  deps: { neverBundle: [/^node:/] },
});
