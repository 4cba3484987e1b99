import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { talkplusVector } from './fixtures.js';

// Checks the built files (run after `npm run build`, as turbo's task graph does).
const dist = join(import.meta.dirname, '..', 'dist');
const code = (file: string) => readFileSync(join(dist, file), 'utf8');
const imported = (file: string) => [...code(file).matchAll(/(?:from |import\(|require\()\s*"([^"]+)"/g)].map((match) => match[1]!);

/** Every file `entry` loads from dist, itself included, followed through relative imports. */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of imported(file)) if (specifier.startsWith('./')) visit(specifier.slice(2));
  };
  visit(entry);
  return [...seen];
}

describe('the built package', () => {
  it('every file the exports map names exists', () => {
    const files = new Set(readdirSync(dist));
    for (const [subpath, conditions] of Object.entries(packageJson.exports)) {
      if (typeof conditions === 'string') continue;
      for (const target of [conditions.import.types, conditions.import.default, conditions.require.types, conditions.require.default]) {
        expect(files.has(target.replace('./dist/', '')), `${subpath}: ${target}`).toBe(true);
      }
    }
  });

  it('./web, ESM and CJS, loads no Node built-in (Workers, Deno, browsers)', () => {
    for (const entry of ['web.js', 'web.cjs']) {
      for (const file of closure(entry))
        expect(
          imported(file).filter((specifier) => specifier.startsWith('node:')),
          file,
        ).toEqual([]);
    }
  });

  it('. loads node:crypto, and only that built-in', () => {
    const builtins = closure('index.js').flatMap((file) => imported(file).filter((specifier) => specifier.startsWith('node:')));
    expect(builtins).toEqual(['node:crypto']);
  });

  it('depends at run time on the vendor facts of @chat-webhooks/schemas only, not on its schemas (types are types)', () => {
    const packages = new Set(
      closure('index.js')
        .concat(closure('web.js'))
        .flatMap((file) => imported(file).filter((specifier) => !specifier.startsWith('./') && !specifier.startsWith('node:'))),
    );
    expect([...packages]).toEqual(['@chat-webhooks/schemas/vendors']);
    expect(Object.keys(packageJson.dependencies).sort()).toEqual(['@chat-webhooks/schemas', '@chat-webhooks/types']);
  });

  it('ESM and CJS builds of both entry points verify the TalkPlus vector', async () => {
    const require = createRequire(import.meta.url);
    const input = { body: talkplusVector.body, signature: talkplusVector.signature, secret: talkplusVector.key };
    const esm = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof import('../src/index.js');
    const cjs = require(join(dist, 'index.cjs')) as typeof import('../src/index.js');
    const esmWeb = (await import(pathToFileURL(join(dist, 'web.js')).href)) as typeof import('../src/web.js');
    const cjsWeb = require(join(dist, 'web.cjs')) as typeof import('../src/web.js');
    expect(esm.verifySignature('talkplus', input)).toEqual({ ok: true });
    expect(cjs.verifySignature('talkplus', input)).toEqual({ ok: true });
    expect(await esmWeb.verifySignature('talkplus', input)).toEqual({ ok: true });
    expect(await cjsWeb.verifySignature('talkplus', input)).toEqual({ ok: true });
    expect(cjs.sign('talkplus', talkplusVector.body, talkplusVector.key)).toBe(talkplusVector.signature);
    expect(esm.signatureHeader('sendbird')).toBe('x-sendbird-signature');
  });
});
