import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Vendor } from '@chat-webhooks/schemas';
import { generateTypes, SUPPORTED_LANGUAGES, type Language } from '../codegen/index.js';
import type { Command } from '../command.js';
import { style } from '../style.js';
import { UsageError } from '../usage-error.js';
import { vendorArg, VENDOR_IDS } from '../vendor-arg.js';

export const codegenCommand: Command = {
  name: 'codegen',
  summary: 'generate types for another language (quicktype)',
  help: `Usage: chat-webhooks codegen --lang <${SUPPORTED_LANGUAGES.join('|')}> [--vendor <vendor>] --out <dir>

Generates, from the canonical schemas and with no network access, one module per vendor holding every
event type and, where the language allows, a function that parses a payload. See the codegen README for
what each language cannot express (integer enums, nullable versus optional ...).

Options:
  --lang     target language
  --vendor   only this vendor (repeatable; default: every vendor)
  --out      folder to write into (created if missing)

Example:
  chat-webhooks codegen --lang go --vendor talkplus --out ./gen`,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { lang: { type: 'string' }, vendor: { type: 'string', multiple: true }, out: { type: 'string' } },
    });
    const lang = values.lang as Language | undefined;
    if (!lang || !(SUPPORTED_LANGUAGES as readonly string[]).includes(lang)) {
      throw new UsageError(`choose a language with --lang: ${SUPPORTED_LANGUAGES.join(', ')}`, 'codegen');
    }
    if (!values.out) throw new UsageError('say where to write with --out <dir>', 'codegen');
    const vendors: Vendor[] = values.vendor ? values.vendor.map((vendor) => vendorArg(vendor, 'codegen')) : VENDOR_IDS;
    const { dim } = style(io);
    if (io.isTTY) io.err(dim(`generating ${lang} types for ${vendors.join(', ')}...\r`));
    const files = await generateTypes({ lang, vendors });
    const out = resolve(values.out);
    for (const file of files) {
      mkdirSync(dirname(join(out, file.path)), { recursive: true });
      writeFileSync(join(out, file.path), file.contents);
    }
    if (io.isTTY) io.err('\u001b[2K');
    io.out(`wrote ${files.length} ${lang} file(s) to ${out}:\n${files.map((file) => `  ${file.path}`).join('\n')}\n`);
    return 0;
  },
};
