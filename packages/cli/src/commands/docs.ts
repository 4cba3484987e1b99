import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { UsageError } from '../usage-error.js';

export const docsCommand: Command = {
  name: 'docs',
  summary: 'write the docs site (static HTML, works offline)',
  help: `Usage: chat-webhooks docs --out <dir>

Writes the generated reference site (every vendor and event, field tables, examples, search, guides) to <dir>.
Serve the folder at the root of any static server, then open its address: the site loads its scripts and
styles from /assets/, so it does not work from file://.

Example:
  chat-webhooks docs --out ./webhook-docs`,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
    if (!values.out) throw new UsageError('say where to write the site: --out <dir>', 'docs');
    const site = join(dirname(createRequire(import.meta.url).resolve('@chat-webhooks/docs/package.json')), 'dist', 'site');
    if (!existsSync(site)) throw new Error(`the docs site is missing from @chat-webhooks/docs (${site}); reinstall the package`);
    const out = resolve(values.out);
    cpSync(site, out, { recursive: true });
    io.out(`wrote the docs site to ${out} (serve it at the root of a static server)\n`);
    return 0;
  },
};
