import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseJsonText, type JsonText } from './json-text.js';

/** One vendor's schemas as found in a checkout: every schema file, and which file holds which event. */
export interface VendorTree {
  vendor: string;
  /** The `schemas/` folder. */
  root: string;
  discriminator: string;
  /** Path relative to `root` (`talkplus/member/member_added.schema.json`) -> the file. */
  files: Map<string, JsonText>;
  /** Event name -> its schema file, relative to `root`. */
  events: Map<string, string>;
}

/** The `schemas/` folder of the checkout around `from` (it or a parent holds `schemas/<vendor>/vendor.json`). */
export function findSchemasDir(from: string, vendor: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'schemas', vendor, 'vendor.json'))) return join(dir, 'schemas');
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads `<root>/<vendor>/`: vendor.json for the discriminator and how a path spells an event (`eventName`,
 * `{group}:{file}` or `{file}`, as docs/schema-conventions.md says), then every `*.schema.json` under it.
 * Throws an Error naming the file when one is not JSON.
 */
export function readVendorTree(root: string, vendor: string): VendorTree {
  const facts = JSON.parse(readFileSync(join(root, vendor, 'vendor.json'), 'utf8')) as { discriminator: string; eventName: string };
  const files = new Map<string, JsonText>();
  const events = new Map<string, string>();
  for (const group of readdirSync(join(root, vendor)).sort()) {
    const dir = join(root, vendor, group);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.schema.json')) continue;
      const path = `${vendor}/${group}/${name}`;
      try {
        files.set(path, parseJsonText(readFileSync(join(root, path), 'utf8')));
      } catch (error) {
        throw new Error(`schemas/${path} is not valid JSON: ${(error as Error).message}`);
      }
      if (group !== 'common')
        events.set(facts.eventName.replace('{group}', group).replace('{file}', name.slice(0, -'.schema.json'.length)), path);
    }
  }
  return { vendor, root, discriminator: facts.discriminator, files, events };
}
