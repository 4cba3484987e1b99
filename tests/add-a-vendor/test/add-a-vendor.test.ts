import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkspace, PACKAGES } from './copy-workspace.js';

// "Adding a vendor is adding schemas": a copy of the workspace gains `acme` (test/../fixtures/acme: a batching
// envelope with a delivery id, signed like Sendbird) and nothing else; every package is generated and built there.
const repoRoot = join(import.meta.dirname, '..', '..', '..');
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'add-a-vendor-'));
  copyWorkspace(repoRoot, work);
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'acme'), join(work, 'schemas', 'acme'), { recursive: true });
  cpSync(join(import.meta.dirname, 'probe'), join(work, 'consumer'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: work });
  const turbo = (args: string[]) =>
    execFileSync(
      bin('turbo'),
      [...args, '--output-logs=errors-only', ...PACKAGES.flatMap((name) => ['--filter', `@chat-webhooks/${name}`])],
      {
        cwd: work,
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
  turbo(['run', 'generate']);
  turbo(['run', 'build', '--filter=!@chat-webhooks/docs']);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

type Probe = {
  vendorIds: string[];
  eventNames: string[];
  schemaTitle: string;
  mock: { event: string; valid: boolean; sameSeedSame: boolean };
  validation: { parsed: boolean; wrongType: boolean; unknownEvent: string; strictDrift: boolean };
  signing: { signature: string; verified: boolean; tampered: boolean; secretName: string };
  receiver: {
    statuses: number[];
    duplicate: boolean;
    seen: { texts: string[]; batch: { index: number; size: number }; deliveryId: string }[];
  };
};
let probed: Probe | undefined;
const probe = (): Probe =>
  (probed ??= JSON.parse(execFileSync(process.execPath, [join(work, 'consumer', 'probe.mjs')], { cwd: work, encoding: 'utf8' })) as Probe);

describe('a fourth vendor added by its schemas alone', () => {
  it('is listed, with a self-contained schema per event', () => {
    expect(probe().vendorIds).toEqual(['acme', 'nexconn', 'sendbird', 'talkplus']);
    expect(probe().eventNames).toEqual(['channel:created', 'message:posted']);
    expect(probe().schemaTitle).toBe('AcmeChannelCreatedEvent');
  });

  it('is typed: its event union narrows on the discriminator, and mistakes do not compile', () => {
    // consumer.mts holds @ts-expect-error lines: tsc fails if one of those mistakes compiles after all.
    const tsc = spawnSync(bin('tsc'), ['--noEmit', '-p', join(work, 'consumer', 'tsconfig.json')], { cwd: work, encoding: 'utf8' });
    expect(tsc.stdout).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('is mocked: a valid payload, the same for the same seed', () => {
    expect(probe().mock).toEqual({ event: 'message:posted', valid: true, sameSeedSame: true });
  });

  it('is validated: parsed, wrong types and unknown events refused, unknown properties are drift in strict mode', () => {
    expect(probe().validation).toEqual({ parsed: true, wrongType: false, unknownEvent: 'unknownEvent', strictDrift: false });
  });

  it('is signed and verified like the known scheme it declares (hex HMAC-SHA256), with its own secret name', () => {
    const { signing } = probe();
    expect(signing.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(signing).toMatchObject({ verified: true, tampered: false, secretName: 'webhook signing secret' });
  });

  it('is received: a batch reaches handlers record by record, a re-sent delivery is a duplicate by its id, a forged one is refused', () => {
    const { receiver } = probe();
    expect(receiver.statuses).toEqual([200, 200, 401]);
    expect(receiver.duplicate).toBe(true);
    expect(receiver.seen).toEqual([
      { texts: ['one'], batch: { index: 0, size: 2 }, deliveryId: 'acme:delivery-1' },
      { texts: ['two'], batch: { index: 1, size: 2 }, deliveryId: 'acme:delivery-1' },
    ]);
  });

  it('is documented: a generated page per event', () => {
    const pages = markdownFiles(join(work, 'packages', 'docs')).filter((path) =>
      readFileSync(path, 'utf8').includes('AcmeMessagePostedEvent'),
    );
    expect(pages.length).toBeGreaterThan(0);
  });
});

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules') return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? markdownFiles(path) : entry.name.endsWith('.md') ? [path] : [];
  });
}
