import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventNames, vendors, type Vendor } from '@chat-webhooks/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A consumer outside the repository installs the packed tarball (extracted by hand: no registry needed)
// and compiles against it with `tsc --strict`, the way users will.
const packageDir = join(import.meta.dirname, '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
let workDir: string;
let tarball: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'types-consumer-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: packageDir, encoding: 'utf8' }),
  );
  tarball = join(workDir, packed.filename);
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function consumerSource(): string {
  // `Record<Name, true>` with every name listed fails to compile if the map lacks an event or has an extra one.
  const exhaustive = vendors
    .map((facts) => {
      const names = eventNames(facts.id as Vendor)
        .map((name) => `  ${JSON.stringify(name)}: true,`)
        .join('\n');
      return `export const ${facts.id}Names: Record<keyof WebhookEventMap[${JSON.stringify(facts.id)}], true> = {\n${names}\n};`;
    })
    .join('\n');
  return `import { NexconnOpenChannelOperationType, type WebhookEventMap, type TalkplusEvent } from '@chat-webhooks/types';
import type { TalkplusMemberAddedEvent } from '@chat-webhooks/types/talkplus';
import type { SendbirdEventMap } from '@chat-webhooks/types/sendbird';
import type { NexconnEvent } from '@chat-webhooks/types/nexconn';
${exhaustive}
export function users(event: TalkplusEvent): string[] {
  return event.event === 'member_added' ? event.users.map((user) => user.id) : [];
}
export const added: TalkplusMemberAddedEvent | undefined = undefined;
export const create: SendbirdEventMap['open_channel:create'] | undefined = undefined;
export const nexconn: NexconnEvent['type'] = 'open_channel:operation';
console.log(JSON.stringify({ userJoined: NexconnOpenChannelOperationType.UserJoined, talkplusEvents: Object.keys(talkplusNames).length }));
`;
}

function consumer(mode: { name: string; type: 'module' | 'commonjs'; compilerOptions: Record<string, unknown> }): string {
  const dir = join(workDir, mode.name);
  const installed = join(dir, 'node_modules', '@chat-webhooks');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed]);
  renameSync(join(installed, 'package'), join(installed, 'types'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${mode.name}`, private: true, type: mode.type }));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, target: 'ES2022', skipLibCheck: false, types: [], ...mode.compilerOptions },
      files: ['index.ts'],
    }),
  );
  writeFileSync(join(dir, 'index.ts'), consumerSource());
  const compiled = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  expect(compiled.stdout + compiled.stderr).toBe('');
  expect(compiled.status).toBe(0);
  return dir;
}

const expectedOutput = JSON.stringify({ userJoined: 1, talkplusEvents: 15 });

describe('the packed @chat-webhooks/types in a consumer outside the repository', () => {
  it('compiles under --strict with moduleResolution nodenext (ESM) and runs', () => {
    const dir = consumer({ name: 'nodenext-esm', type: 'module', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } });
    expect(execFileSync(process.execPath, [join(dir, 'index.js')], { encoding: 'utf8' }).trim()).toBe(expectedOutput);
  });

  it('compiles under --strict with moduleResolution nodenext (CommonJS) and runs', () => {
    const dir = consumer({ name: 'nodenext-cjs', type: 'commonjs', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } });
    expect(execFileSync(process.execPath, [join(dir, 'index.js')], { encoding: 'utf8' }).trim()).toBe(expectedOutput);
  });

  it('compiles under --strict with moduleResolution bundler', () => {
    consumer({
      name: 'bundler',
      type: 'module',
      compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: true, verbatimModuleSyntax: true },
    });
  });
});
