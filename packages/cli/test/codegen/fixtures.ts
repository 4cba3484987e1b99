import { expect } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { eventNames, getExamples, getSchema, vendors, type Vendor } from '@chat-webhooks/schemas';
import type { GeneratedFile } from '../../src/codegen/index.js';

export interface Fixture {
  readonly vendor: Vendor;
  readonly event: string;
  /** The event type name (schema title). */
  readonly title: string;
  readonly example: string;
  readonly body: string;
  /** The JSON the generated code must write back: the body, less the property no schema knows in `unknown-property` variants. */
  readonly expected: string;
  /** Absolute path of the written fixture, once `writeFixtures` ran. */
  readonly file: string;
}

export const allVendors: readonly Vendor[] = vendors.map((facts) => facts.id as Vendor);

/** A property no schema declares, as a vendor adding a field without notice would send it. */
export const UNKNOWN_PROPERTY = 'chatWebhooksUnknownProperty';

/**
 * Every documented example of every event, written under `directory/fixtures/`, plus for each event an
 * `unknown-property` variant of its first example carrying a property no schema declares: the generated code
 * must accept it (schemas are open) and write back the documented example.
 */
export function writeFixtures(directory: string): Fixture[] {
  const fixtures: Fixture[] = [];
  const write = (fixture: Omit<Fixture, 'file'>): void => {
    const file = join(directory, 'fixtures', fixture.vendor, `${fixture.event.replace(/[^A-Za-z0-9_-]/g, '_')}.${fixture.example}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, fixture.body);
    fixtures.push({ ...fixture, file });
  };
  for (const vendor of allVendors) {
    for (const event of eventNames(vendor)) {
      const title = getSchema(vendor, event)['title'] as string;
      const examples = getExamples(vendor, event);
      for (const example of examples) {
        write({ vendor, event, title, example: example.name, body: example.body, expected: example.body });
      }
      const first = examples[0];
      if (first !== undefined) {
        const extended = { ...(JSON.parse(first.body) as object), [UNKNOWN_PROPERTY]: { added: 'by the vendor', at: [1, null] } };
        write({ vendor, event, title, example: 'unknown-property', body: JSON.stringify(extended), expected: first.body });
      }
    }
  }
  return fixtures;
}

export function writeFiles(directory: string, files: readonly GeneratedFile[]): void {
  for (const file of files) {
    const path = join(directory, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
}

/**
 * A temporary directory, made on first use (a skipped suite makes none), and its remover (kept when
 * CODEGEN_KEEP_TMP is set, for debugging).
 */
export function temporaryDirectory(prefix: string): { readonly path: string; remove: () => void } {
  let path: string | undefined;
  return {
    get path(): string {
      path ??= mkdtempSync(join(tmpdir(), `chat-webhooks-codegen-${prefix}-`));
      return path;
    },
    remove: () => {
      if (path === undefined) return;
      if (process.env['CODEGEN_KEEP_TMP']) console.warn(`kept ${path}`);
      else rmSync(path, { recursive: true, force: true });
    },
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The JSON a payload is expected to round-trip to, given what a language loses: every language here reads a
 * missing field and an explicit `null` the same, so object properties whose value is `null` are dropped on both
 * sides; `dropEmpty` also drops empty arrays and objects (Go's `omitempty` leaves out an empty optional slice or map).
 */
export function normalizeForRoundTrip(value: Json, options: { dropEmpty?: boolean } = {}): Json {
  if (Array.isArray(value)) return value.map((item) => normalizeForRoundTrip(item, options));
  if (value === null || typeof value !== 'object') return value;
  const result: { [key: string]: Json } = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null) continue;
    const normalized = normalizeForRoundTrip(item, options);
    if (options.dropEmpty && typeof normalized === 'object' && normalized !== null && Object.keys(normalized).length === 0) continue;
    result[key] = normalized;
  }
  return result;
}

/** One line a parse harness prints per fixture. */
export interface HarnessLine {
  readonly file: string;
  /** What the harness parsed the payload as: the event name or type name. */
  readonly parsedAs: string;
  /** The event written back to JSON by the generated code. */
  readonly json: Json;
}

export function readHarnessOutput(stdout: string): HarnessLine[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as HarnessLine);
}

/** Checks that the harness parsed every fixture as its event and wrote back what the fixture holds (modulo losses). */
export function expectRoundTrips(
  fixtures: readonly Fixture[],
  lines: readonly HarnessLine[],
  parsedAs: (fixture: Fixture) => string,
  options: { dropEmpty?: boolean } = {},
): void {
  expect(lines.map((line) => line.file).sort()).toEqual(fixtures.map((fixture) => fixture.file).sort());
  for (const fixture of fixtures) {
    const line = lines.find((candidate) => candidate.file === fixture.file)!;
    expect(line.parsedAs, `${fixture.vendor} ${fixture.event} (${fixture.example})`).toBe(parsedAs(fixture));
    expect(normalizeForRoundTrip(line.json, options), `${fixture.vendor} ${fixture.event} (${fixture.example}) written back`).toEqual(
      normalizeForRoundTrip(JSON.parse(fixture.expected) as Json, options),
    );
  }
}
