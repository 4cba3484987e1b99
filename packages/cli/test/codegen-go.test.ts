import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTypes } from '../src/codegen/index.js';
import {
  allVendors,
  expectRoundTrips,
  readHarnessOutput,
  temporaryDirectory,
  writeFiles,
  writeFixtures,
  type Fixture,
} from './codegen/fixtures.js';
import { run } from './codegen/run.js';
import { assertToolchain, findExecutable, toolchainMode } from './codegen/toolchain.js';

const go = findExecutable('go', ['/usr/lib/go/bin/go']);
const missing = go === undefined ? ['go'] : [];
const install = 'apt-get install -y golang-go';
const mode = toolchainMode('Go', missing, install);
const MODULE = 'chatwebhooks.test/codegen';

/** Unmarshals every fixture with the generated ParseEvent, checks its type, and prints what Marshal writes back. */
function harness(): string {
  return `package main

import (
\t"encoding/json"
\t"fmt"
\t"os"

${allVendors.map((vendor) => `\t"${MODULE}/${vendor}"`).join('\n')}
)

type fixture struct {
\tVendor string \`json:"vendor"\`
\tFile   string \`json:"file"\`
}

func parse(vendor string, data []byte) (any, error) {
\tswitch vendor {
${allVendors.map((vendor) => `\tcase "${vendor}":\n\t\treturn ${vendor}.ParseEvent(data)`).join('\n')}
\t}
\treturn nil, fmt.Errorf("unknown vendor %q", vendor)
}

func main() {
\tmanifest, err := os.ReadFile(os.Args[1])
\tif err != nil {
\t\tpanic(err)
\t}
\tvar fixtures []fixture
\tif err := json.Unmarshal(manifest, &fixtures); err != nil {
\t\tpanic(err)
\t}
\tfor _, f := range fixtures {
\t\tdata, err := os.ReadFile(f.File)
\t\tif err != nil {
\t\t\tpanic(err)
\t\t}
\t\tevent, err := parse(f.Vendor, data)
\t\tif err != nil {
\t\t\tfmt.Fprintf(os.Stderr, "%s: %v\\n", f.File, err)
\t\t\tos.Exit(1)
\t\t}
\t\twritten, err := json.Marshal(event)
\t\tif err != nil {
\t\t\tfmt.Fprintf(os.Stderr, "%s: marshal: %v\\n", f.File, err)
\t\t\tos.Exit(1)
\t\t}
\t\tline, _ := json.Marshal(map[string]any{"file": f.File, "parsedAs": fmt.Sprintf("%T", event), "json": json.RawMessage(written)})
\t\tfmt.Println(string(line))
\t}
}
`;
}

describe.skipIf(mode === 'skip')('codegen go: generated packages vet clean and parse every documented example', () => {
  const tmp = temporaryDirectory('go');
  let moduleDir = '';
  let env: NodeJS.ProcessEnv = {};
  let fixtures: Fixture[] = [];

  beforeAll(async () => {
    moduleDir = join(tmp.path, 'module');
    // Offline and self-contained: no proxy, no checksum database, a cache of its own.
    env = {
      ...process.env,
      GOPROXY: 'off',
      GOSUMDB: 'off',
      GOFLAGS: '',
      GO111MODULE: 'on',
      GOTOOLCHAIN: 'local',
      GOCACHE: join(tmp.path, 'gocache'),
      GOPATH: join(tmp.path, 'gopath'),
    };
    writeFiles(moduleDir, await generateTypes({ lang: 'go' }));
    writeFileSync(join(moduleDir, 'go.mod'), `module ${MODULE}\n\ngo 1.19\n`);
    writeFileSync(join(moduleDir, 'main.go'), harness());
    fixtures = writeFixtures(tmp.path);
    writeFileSync(join(tmp.path, 'manifest.json'), JSON.stringify(fixtures));
  });
  afterAll(() => tmp.remove());

  it('go vet passes on every vendor package and the harness', async () => {
    assertToolchain(mode, 'Go', missing, install);
    await run(go!, ['vet', './...'], { cwd: moduleDir, env });
  }, 300_000);

  it('ParseEvent unmarshals every fixture into its event type, and Marshal gives the JSON back (nulls and empty optionals aside)', async () => {
    assertToolchain(mode, 'Go', missing, install);
    const { stdout } = await run(go!, ['run', '.', join(tmp.path, 'manifest.json')], { cwd: moduleDir, env });
    expectRoundTrips(fixtures, readHarnessOutput(stdout), (fixture) => `*${fixture.vendor}.${fixture.title}`, { dropEmpty: true });
  }, 300_000);

  it('gofmt finds nothing to reformat in the generated packages', async () => {
    assertToolchain(mode, 'Go', missing, install);
    const gofmt = findExecutable('gofmt', [join(go!, '..', 'gofmt'), '/usr/lib/go/bin/gofmt']);
    expect(gofmt, 'gofmt next to go').toBeDefined();
    const { stdout } = await run(gofmt!, ['-l', ...allVendors.map((vendor) => join(moduleDir, vendor))]);
    expect(stdout.trim()).toBe('');
  }, 300_000);
});
