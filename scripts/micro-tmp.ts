import standaloneCode from 'ajv/dist/standalone/index.js';
import { writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv } from './lib/create-ajv.ts';
import { stripAnnotations } from './lib/strip-annotations.ts';
import { markStrictProperties, strictPropertiesKeyword } from './lib/strict-properties-keyword.ts';
import { loadCatalogOrThrow } from './lib/load-catalog.ts';
import { measure } from '../bench/measure.ts';
const ev = loadCatalogOrThrow().events.find((e) => e.name === 'reaction_added')!;
const p = JSON.parse(ev.examples[0]!.text);
const mods: Record<string, any> = {};
for (const [k, mark, msgs] of [['plain', false, true], ['plainNoMsg', false, false], ['keyword', true, false], ['keywordMsg', true, true]] as const) {
  const ajv = createAjv({ code: { source: true, esm: true, optimize: true }, messages: msgs });
  ajv.addKeyword(strictPropertiesKeyword);
  ajv.addSchema(mark ? markStrictProperties(stripAnnotations(ev.schema)) : stripAnnotations(ev.schema), 'root');
  const code = 'let strictMode = false;' + standaloneCode(ajv, { validate: 'root' });
  const f = `/tmp/mt2-${k}.mjs`; writeFileSync(f, code); mods[k] = (await import(f)).validate;
}
const rt = new Ajv2020({ strict: true, allErrors: true, validateFormats: false, keywords: ['x-docs-url', 'x-enum-names', 'x-enum-descriptions'] }).compile(ev.schema);
console.log(measure({ runtime: () => rt(p), plain: () => mods.plain(p), plainNoMsg: () => mods.plainNoMsg(p), keyword: () => mods.keyword(p), keywordMsg: () => mods.keywordMsg(p) }, { rounds: 15 }));
