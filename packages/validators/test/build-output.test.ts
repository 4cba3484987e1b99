import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eventNames, vendors, type Vendor } from '@chat-webhooks/schemas';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };

const dist = join(import.meta.dirname, '..', 'dist');
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });

/** A consumer's minified bundle of `entry` (a file of dist/), or of only the exports named. */
async function bundle(entry: string, only?: string[]): Promise<string> {
  const contents = only && `export { ${only.join(', ')} } from ${JSON.stringify(join(dist, entry))};`;
  const result = await build({
    ...(contents ? { stdin: { contents, resolveDir: dist, loader: 'js' as const } } : { entryPoints: [join(dist, entry)] }),
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('the built package', () => {
  it('runs no code from strings: no eval, no new Function (strict CSP, edge runtimes)', () => {
    for (const file of files.filter((name) => /\.(c?js)$/.test(name))) {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });

  it('has no require() in the ESM build and no runtime dependency on ajv', () => {
    for (const file of files.filter((name) => name.endsWith('.js')))
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/\brequire\(/);
    expect(Object.keys(packageJson.dependencies)).toEqual(['@chat-webhooks/types']);
  });

  it('a bundle of one event validator carries no other event', async () => {
    const one = await bundle('talkplus/member_added.js');
    const all = await bundle('index.js');
    expect(one).toContain('member_added');
    for (const other of ['member_left', 'reaction_added', 'channel_removed', 'open_channel:create', 'group_channel:operation'])
      expect(one).not.toContain(other);
    expect(all).toContain('open_channel:create');
    expect(one.length * 5).toBeLessThan(all.length);
  });

  it("a bundle of an event's is<Type> alone carries its fast path only: no explainer, no error wording, no Standard Schema", async () => {
    const guard = await bundle('sendbird/group_channel.message_update.js', ['isSendbirdGroupChannelMessageUpdateEvent']);
    const validator = await bundle('sendbird/group_channel.message_update.js', ['validateSendbirdGroupChannelMessageUpdateEvent']);
    expect(guard).toContain('group_channel:message_update');
    // What explaining a failure needs (the schema as data, the wording, the option checks) comes with validate<Type> only.
    for (const part of ['x-strict-properties', 'is missing the required property', '@chat-webhooks/validators: ']) {
      expect(guard).not.toContain(part);
      expect(validator).toContain(part);
    }
    for (const code of [guard, validator]) expect(code).not.toContain('~standard');
    expect(guard.length * 2).toBeLessThan(validator.length);
  });

  it('a bundle of one vendor carries no other vendor', async () => {
    const nexconn = await bundle('nexconn.js');
    expect(nexconn).toContain('group_channel:operation');
    expect(nexconn).not.toContain('member_added');
    expect(nexconn).not.toContain('open_channel:create');
  });

  // Their declarations are generated next to their code (not bundled by the build): they must say what the code does.
  it('every per-event entry declares exactly what it exports, for import and for require', async () => {
    const require = createRequire(import.meta.url);
    const declared = (file: string) =>
      [...readFileSync(join(dist, file), 'utf8').matchAll(/^export declare (?:function|const) (\w+)/gm)].map((match) => match[1]).sort();
    const eventEntries = files.filter((file) => /^\w+[/\\][^/\\]+\.js$/.test(file)).map((file) => file.slice(0, -'.js'.length));
    expect(eventEntries.length).toBe(vendors.reduce((count, facts) => count + eventNames(facts.id as Vendor).length, 0));
    for (const entry of eventEntries) {
      const esm = Object.keys(await import(pathToFileURL(join(dist, `${entry}.js`)).href)).sort();
      const cjs = Object.keys(require(join(dist, `${entry}.cjs`)) as object)
        .filter((key) => key !== '__esModule')
        .sort();
      expect(esm, entry).toHaveLength(4); // validate<Type>, is<Type>, schema<Type> and the <type>Validator
      expect(declared(`${entry}.d.ts`), entry).toEqual(esm);
      expect(declared(`${entry}.d.cts`), entry).toEqual(cjs);
    }
  });
});
