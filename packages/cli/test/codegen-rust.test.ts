import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
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

/** Debian's crates, as the librust-*-dev packages install them: the only registry the build may use. */
const DEBIAN_REGISTRY = '/usr/share/cargo/registry';

/**
 * Debian's cargo (with Debian's rustc) when it is installed; otherwise whatever cargo is on PATH (rustup's).
 * Either way the build is offline and its only registry is Debian's crates.
 */
function findCargo(): { cargo: string; rustc: string | undefined } | undefined {
  if (existsSync('/usr/bin/cargo') && existsSync('/usr/bin/rustc')) return { cargo: '/usr/bin/cargo', rustc: '/usr/bin/rustc' };
  const cargo = findExecutable('cargo');
  return cargo === undefined ? undefined : { cargo, rustc: undefined };
}

function hasCrate(prefix: string): boolean {
  return existsSync(DEBIAN_REGISTRY) && readdirSync(DEBIAN_REGISTRY).some((entry) => entry.startsWith(`${prefix}-`));
}

const toolchain = findCargo();
const missing = [
  ...(toolchain === undefined ? ['cargo'] : []),
  ...['serde', 'serde_derive', 'serde_json'].filter((crate) => !hasCrate(crate)).map((crate) => `${DEBIAN_REGISTRY}/${crate}-*`),
];
const install = 'apt-get install -y cargo librust-serde-dev librust-serde-derive-dev librust-serde-json-dev';
const mode = toolchainMode('Rust', missing, install);

const CARGO_TOML = `[package]
name = "chat-webhooks-codegen-check"
version = "0.0.0"
edition = "2018"
publish = false

[dependencies]
serde = { version = "1", features = ["derive"] }
serde_json = "1"
`;

/** Source replacement: crates.io is answered by Debian's packaged crates, offline. */
const CARGO_CONFIG = `[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "${DEBIAN_REGISTRY}"

[net]
offline = true
`;

/** Parses every fixture with the generated parse_event and prints what serde writes back. */
function harness(): string {
  return `${allVendors.map((vendor) => `mod ${vendor};`).join('\n')}

use std::{env, fs, process};

fn main() {
    let manifest_path = env::args().nth(1).expect("manifest path");
    let manifest: Vec<serde_json::Value> = serde_json::from_str(&fs::read_to_string(manifest_path).unwrap()).unwrap();
    for fixture in manifest {
        let vendor = fixture["vendor"].as_str().unwrap();
        let file = fixture["file"].as_str().unwrap();
        let text = fs::read_to_string(file).unwrap();
        let parsed: Result<(&str, String), serde_json::Error> = match vendor {
${allVendors
  .map(
    (vendor) =>
      `            "${vendor}" => ${vendor}::parse_event(&text).and_then(|event| Ok((event.name(), serde_json::to_string(&event)?))),`,
  )
  .join('\n')}
            _ => panic!("unknown vendor {}", vendor),
        };
        match parsed {
            Ok((name, json)) => {
                let written: serde_json::Value = serde_json::from_str(&json).unwrap();
                println!("{}", serde_json::json!({ "file": file, "parsedAs": name, "json": written }));
            }
            Err(error) => {
                eprintln!("{}: {}", file, error);
                process::exit(1);
            }
        }
    }
}
`;
}

describe.skipIf(mode === 'skip')(
  'codegen rust: generated modules build offline against Debian crates and parse every documented example',
  () => {
    const tmp = temporaryDirectory('rust');
    let crate = '';
    let env: NodeJS.ProcessEnv = {};
    let fixtures: Fixture[] = [];

    beforeAll(async () => {
      crate = join(tmp.path, 'crate');
      env = {
        ...process.env,
        CARGO_HOME: join(tmp.path, 'cargo-home'),
        CARGO_TARGET_DIR: join(tmp.path, 'target'),
        CARGO_NET_OFFLINE: 'true',
        ...(toolchain?.rustc === undefined ? {} : { RUSTC: toolchain.rustc }),
      };
      writeFiles(join(crate, 'src'), await generateTypes({ lang: 'rust' }));
      writeFileSync(join(crate, 'Cargo.toml'), CARGO_TOML);
      mkdirSync(join(crate, '.cargo'), { recursive: true });
      writeFileSync(join(crate, '.cargo', 'config.toml'), CARGO_CONFIG);
      writeFileSync(join(crate, 'src', 'main.rs'), harness());
      fixtures = writeFixtures(tmp.path);
      writeFileSync(join(tmp.path, 'manifest.json'), JSON.stringify(fixtures));
    });
    afterAll(() => tmp.remove());

    it('cargo build --offline succeeds', async () => {
      assertToolchain(mode, 'Rust', missing, install);
      await run(toolchain!.cargo, ['build', '--offline', '--quiet'], { cwd: crate, env, timeoutMs: 290_000 });
    }, 300_000);

    it('parse_event reads every fixture as its event, and serde writes the JSON back (nulls aside)', async () => {
      assertToolchain(mode, 'Rust', missing, install);
      const { stdout } = await run(toolchain!.cargo, ['run', '--offline', '--quiet', '--', join(tmp.path, 'manifest.json')], {
        cwd: crate,
        env,
        timeoutMs: 290_000,
      });
      expectRoundTrips(fixtures, readHarnessOutput(stdout), (fixture) => fixture.event);
    }, 300_000);
  },
);
