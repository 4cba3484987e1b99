import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTypes, type GeneratedFile } from '../src/codegen/index.js';
import { expectRoundTrips, readHarnessOutput, temporaryDirectory, writeFiles, writeFixtures, type Fixture } from './codegen/fixtures.js';
import { run } from './codegen/run.js';
import { assertToolchain, findExecutable, toolchainMode } from './codegen/toolchain.js';

const python = findExecutable('python3');
const missing = python === undefined ? ['python3'] : [];
const install = 'apt-get install -y python3';
const mode = toolchainMode('Python', missing, install);

/** Loads every fixture with the generated parse_event / from_dict and prints what to_dict writes back. */
const HARNESS = `
import importlib, json, sys
manifest = json.load(open(sys.argv[1], encoding="utf-8"))
for fixture in manifest:
    module = importlib.import_module(fixture["vendor"])
    with open(fixture["file"], encoding="utf-8") as handle:
        payload = json.load(handle)
    event = module.parse_event(payload)
    direct = getattr(module, fixture["title"]).from_dict(payload)
    assert event == direct, fixture["file"]
    print(json.dumps({"file": fixture["file"], "parsedAs": type(event).__name__, "json": event.to_dict()}))
`;

describe.skipIf(mode === 'skip')('codegen python: generated modules compile and round-trip every documented example', () => {
  const tmp = temporaryDirectory('python');
  let fixtures: Fixture[] = [];
  let files: GeneratedFile[] = [];

  beforeAll(async () => {
    files = await generateTypes({ lang: 'python' });
    writeFiles(join(tmp.path, 'out'), files);
    fixtures = writeFixtures(tmp.path);
    writeFileSync(join(tmp.path, 'manifest.json'), JSON.stringify(fixtures));
    writeFileSync(join(tmp.path, 'harness.py'), HARNESS);
  });
  afterAll(() => tmp.remove());

  it('py_compile accepts every module', async () => {
    assertToolchain(mode, 'Python', missing, install);
    const paths = files.map((file) => join(tmp.path, 'out', file.path));
    await run(python!, ['-m', 'py_compile', ...paths]);
  }, 300_000);

  it('parse_event and from_dict load every fixture, and to_dict gives the JSON back (nulls aside)', async () => {
    assertToolchain(mode, 'Python', missing, install);
    const { stdout } = await run(python!, [join(tmp.path, 'harness.py'), join(tmp.path, 'manifest.json')], {
      env: { ...process.env, PYTHONPATH: join(tmp.path, 'out'), PYTHONDONTWRITEBYTECODE: '1' },
    });
    expectRoundTrips(fixtures, readHarnessOutput(stdout), (fixture) => fixture.title);
  }, 300_000);

  it('parse_event rejects an unknown event name', async () => {
    assertToolchain(mode, 'Python', missing, install);
    const script =
      'import talkplus\ntry:\n    talkplus.parse_event({"event": "no_such_event"})\nexcept ValueError as error:\n    print("rejected:", error)\n';
    const { stdout } = await run(python!, ['-c', script], {
      env: { ...process.env, PYTHONPATH: join(tmp.path, 'out'), PYTHONDONTWRITEBYTECODE: '1' },
    });
    expect(stdout).toContain("rejected: unknown TalkPlus event: 'no_such_event'");
  }, 300_000);

  it('integer enums keep their names as IntEnum members', async () => {
    assertToolchain(mode, 'Python', missing, install);
    const script =
      'import nexconn\nprint(int(nexconn.NexconnGroupChannelOperationType.GROUP_CREATED), nexconn.NexconnGroupChannelOperationType(8).name)\n';
    const { stdout } = await run(python!, ['-c', script], {
      env: { ...process.env, PYTHONPATH: join(tmp.path, 'out'), PYTHONDONTWRITEBYTECODE: '1' },
    });
    expect(stdout.trim()).toBe('1 OWNERSHIP_TRANSFERRED');
  }, 300_000);
});
