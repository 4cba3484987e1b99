import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTypes, type GeneratedFile } from '../src/codegen/index.js';
import {
  allVendors,
  expectRoundTrips,
  temporaryDirectory,
  writeFiles,
  writeFixtures,
  type Fixture,
  type HarnessLine,
} from './codegen/fixtures.js';

/** The TypeScript compiler is a dev dependency of the repository, so this suite never skips. */
describe('codegen typescript: generated modules type-check strictly and parse every documented example', () => {
  const tmp = temporaryDirectory('typescript');
  let files: GeneratedFile[] = [];
  let fixtures: Fixture[] = [];

  beforeAll(async () => {
    files = await generateTypes({ lang: 'typescript' });
    writeFiles(join(tmp.path, 'src'), files);
    fixtures = writeFixtures(tmp.path);
  });
  afterAll(() => tmp.remove());

  it('tsc --strict reports nothing', () => {
    const program = ts.createProgram(
      files.map((file) => join(tmp.path, 'src', file.path)),
      {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        noImplicitReturns: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        types: [],
      },
    );
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file
        ? `${diagnostic.file.fileName}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
        : '';
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  }, 300_000);

  it('parseEvent reads every fixture as its event, and Convert writes the JSON back', async () => {
    const lines: HarnessLine[] = [];
    for (const vendor of allVendors) {
      const source = files.find((file) => file.path === `${vendor}.ts`)!.contents;
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      });
      const modulePath = join(tmp.path, `${vendor}.mjs`);
      writeFileSync(modulePath, outputText);
      const generated = (await import(pathToFileURL(modulePath).href)) as {
        parseEvent: (json: string) => unknown;
        Convert: Record<string, (value: unknown) => string>;
      };
      for (const fixture of fixtures.filter((candidate) => candidate.vendor === vendor)) {
        const event = generated.parseEvent(fixture.body);
        const toJson = generated.Convert[`${fixture.title[0]!.toLowerCase()}${fixture.title.slice(1)}ToJson`]!;
        lines.push({ file: fixture.file, parsedAs: fixture.title, json: JSON.parse(toJson(event)) });
      }
      expect(() => generated.parseEvent('{"no":"discriminator"}')).toThrow(/unknown .* event/);
    }
    // The converters check the declared properties and return the parsed object itself: a property no schema
    // declares is accepted and kept at run time (only the types leave it out), so it is written back too.
    expectRoundTrips(
      fixtures.map((fixture) => ({ ...fixture, expected: fixture.body })),
      lines,
      (fixture) => fixture.title,
    );
  }, 300_000);
});
