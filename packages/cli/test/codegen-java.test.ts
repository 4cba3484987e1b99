import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
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
import { assertToolchain, findExecutable, missingPaths, toolchainMode } from './codegen/toolchain.js';

/** Debian's Jackson jars (libjackson2-databind-java and the core and annotations jars it depends on). */
const JARS = {
  'jackson-databind': '/usr/share/java/jackson-databind.jar',
  'jackson-core': '/usr/share/java/jackson-core.jar',
  'jackson-annotations': '/usr/share/java/jackson-annotations.jar',
};
const javac = findExecutable('javac');
const java = findExecutable('java');
const missing = [...(javac === undefined ? ['javac'] : []), ...(java === undefined ? ['java'] : []), ...missingPaths(JARS)];
const install = 'apt-get install -y default-jdk-headless libjackson2-databind-java libjackson2-core-java libjackson2-annotations-java';
const mode = toolchainMode('Java', missing, install);
const classpath = Object.values(JARS).join(delimiter);

/** Parses every fixture with the generated <Vendor>Events.parse and prints what Jackson writes back. */
function harness(typePrefixes: Record<string, string>): string {
  return `import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

public class Main {
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (JsonNode fixture : mapper.readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8))) {
            String vendor = fixture.get("vendor").asText();
            String file = fixture.get("file").asText();
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            Object event;
            switch (vendor) {
${allVendors.map((vendor) => `                case "${vendor}": event = chatwebhooks.${vendor}.${typePrefixes[vendor]}Events.parse(text); break;`).join('\n')}
                default: throw new IllegalArgumentException(vendor);
            }
            ObjectNode line = mapper.createObjectNode();
            line.put("file", file);
            line.put("parsedAs", event.getClass().getName());
            line.set("json", mapper.readTree(mapper.writeValueAsString(event)));
            System.out.println(mapper.writeValueAsString(line));
        }
    }
}
`;
}

function javaFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? javaFiles(path) : path.endsWith('.java') ? [path] : [];
  });
}

describe.skipIf(mode === 'skip')(
  'codegen java: generated packages compile with javac against Debian Jackson and parse every documented example',
  () => {
    const tmp = temporaryDirectory('java');
    let sources = '';
    let classes = '';
    let fixtures: Fixture[] = [];

    beforeAll(async () => {
      sources = join(tmp.path, 'src');
      classes = join(tmp.path, 'classes');
      writeFiles(sources, await generateTypes({ lang: 'java' }));
      const { vendors } = await import('@chat-webhooks/schemas');
      writeFileSync(join(sources, 'Main.java'), harness(Object.fromEntries(vendors.map((facts) => [facts.id, facts.typePrefix]))));
      fixtures = writeFixtures(tmp.path);
      writeFileSync(join(tmp.path, 'manifest.json'), JSON.stringify(fixtures));
    });
    afterAll(() => tmp.remove());

    it('javac compiles every class with -Werror', async () => {
      assertToolchain(mode, 'Java', missing, install);
      await run(javac!, ['-Xlint:all,-serial', '-Werror', '-encoding', 'UTF-8', '-cp', classpath, '-d', classes, ...javaFiles(sources)]);
    }, 300_000);

    it('<Vendor>Events.parse reads every fixture as its class, and Jackson writes the JSON back (nulls aside)', async () => {
      assertToolchain(mode, 'Java', missing, install);
      const { stdout } = await run(java!, ['-cp', [classes, classpath].join(delimiter), 'Main', join(tmp.path, 'manifest.json')]);
      expectRoundTrips(fixtures, readHarnessOutput(stdout), (fixture) => `chatwebhooks.${fixture.vendor}.${fixture.title}`);
    }, 300_000);
  },
);
