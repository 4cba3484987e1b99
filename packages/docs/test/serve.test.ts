import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, siteDir } from './site-files.js';

// `npm run serve` (root: `npm run docs:serve`): bin/serve.mjs serves dist/site on 127.0.0.1.
describe('bin/serve.mjs', () => {
  let server: ChildProcess | undefined;
  let base = '';

  beforeAll(async () => {
    assertBuilt();
    server = spawn(process.execPath, [fileURLToPath(new URL('../bin/serve.mjs', import.meta.url))], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    base = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`serve.mjs printed no URL: ${output}`)), 10_000);
      server!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (url) {
          clearTimeout(timer);
          resolve(url[0]);
        }
      });
      server!.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      server!.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${output}`)));
    });
  });

  afterAll(() => {
    server?.kill();
  });

  it('prints its URL and serves the index, pages, assets and downloads with their content types', async () => {
    // VitePress names its assets by content hash: take whichever the build wrote.
    const asset = (pattern: RegExp) => `assets/${readdirSync(join(siteDir, 'assets')).find((name) => pattern.test(name))}`;
    const cases: [string, string][] = [
      ['', 'text/html'],
      ['index.html', 'text/html'],
      ['talkplus/', 'text/html'],
      ['talkplus/member_added.html', 'text/html'],
      ['guides/', 'text/html'],
      [asset(/^style\..+\.css$/), 'text/css'],
      [asset(/^app\..+\.js$/), 'text/javascript'],
      [asset(/\.woff2$/), 'font/woff2'],
      ['downloads/openapi.json', 'application/json'],
    ];
    for (const [path, type] of cases) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain(type);
      await response.arrayBuffer();
    }
  });

  it('answers 404 for missing files and never serves outside dist/site', async () => {
    for (const path of ['nope.html', '..%2Fpackage.json', '%2e%2e/%2e%2e/package.json', 'talkplus/..%2F..%2F..%2Fpackage.json']) {
      const response = await fetch(base + path);
      expect([403, 404], path).toContain(response.status);
      expect(await response.text(), path).not.toContain('"name"');
    }
  });
});
