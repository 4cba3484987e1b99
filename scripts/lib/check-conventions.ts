import { ALLOWED_KEYWORDS, eventTypeName } from '@chat-webhooks/schema-toolkit';
import type { SchemaProblem } from './problem.ts';
import type { SchemaFile } from './read-schema-tree.ts';
import type { VendorFacts } from './vendor-facts.ts';
import { isSchemaNode, walkSchema, type SchemaNode } from './walk-schema.ts';

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
const TOP_LEVEL_DEF = /^\/\$defs\/[^/]+$/;

/** The rules of docs/schema-conventions.md that one file can break on its own. */
export function checkConventions(file: SchemaFile, facts: VendorFacts, event?: { name: string; pathDescription: string }): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const report = (pointer: string, message: string, fix: string) => problems.push({ file: file.path, pointer, message, fix });
  const root = file.json;

  if (root.$schema !== DRAFT_2020_12) report('/$schema', `"$schema" must be "${DRAFT_2020_12}"`, `add "$schema": "${DRAFT_2020_12}"`);
  if (typeof root.description !== 'string' || root.description.trim() === '') {
    report('', 'the schema has no description', 'add a "description" taken from the vendor docs');
  }
  if (event) {
    const expected = eventTypeName(facts.typePrefix, event.name);
    if (root.title !== expected)
      report('/title', `title is ${JSON.stringify(root.title)}, expected "${expected}"`, `set "title": "${expected}"`);
    checkEventRoot(root, facts, event, report);
  } else if (typeof root.title !== 'string' || !root.title.startsWith(facts.typePrefix)) {
    report(
      '/title',
      `title ${JSON.stringify(root.title)} does not start with "${facts.typePrefix}"`,
      `name the definition "${facts.typePrefix}<Name>"`,
    );
  }

  walkSchema(root, (node, pointer) => {
    for (const keyword of Object.keys(node)) {
      if (!ALLOWED_KEYWORDS.has(keyword)) {
        report(
          `${pointer}/${keyword}`,
          `keyword "${keyword}" is outside the supported subset`,
          'use only the keywords listed in docs/schema-conventions.md (flatten allOf, use oneOf instead of anyOf)',
        );
      }
    }
    if (node.additionalProperties === false) {
      report(
        `${pointer}/additionalProperties`,
        'canonical schemas stay open; "additionalProperties": false is derived by codegen for strict validators',
        'remove "additionalProperties": false',
      );
    }
    if (isSchemaNode(node.$defs) && pointer !== '') {
      report(`${pointer}/$defs`, '"$defs" is only allowed at the top of a file', 'move the definition to the top-level "$defs"');
    }
    if (TOP_LEVEL_DEF.test(pointer) && (typeof node.title !== 'string' || !node.title.startsWith(facts.typePrefix))) {
      report(
        `${pointer}/title`,
        'a definition under $defs needs a title (its generated type name)',
        `add "title": "${facts.typePrefix}<Name>"`,
      );
    }
    if (isSchemaNode(node.properties)) {
      for (const [name, property] of Object.entries(node.properties)) {
        if (isSchemaNode(property) && (typeof property.description !== 'string' || property.description.trim() === '')) {
          report(
            `${pointer}/properties/${name}`,
            `property "${name}" has no description`,
            'add a "description": what it is, its unit, and when it is absent or null',
          );
        }
      }
    }
    checkEnum(node, pointer, report);
  });
  return problems;
}

function checkEventRoot(
  root: SchemaNode,
  facts: VendorFacts,
  event: { name: string; pathDescription: string },
  report: (pointer: string, message: string, fix: string) => void,
): void {
  if (typeof root['x-docs-url'] !== 'string' || !/^https:\/\//.test(root['x-docs-url'])) {
    report('/x-docs-url', 'an event needs "x-docs-url", the vendor page that documents it', 'add "x-docs-url": "https://..."');
  }
  const key = facts.discriminator;
  const properties = isSchemaNode(root.properties) ? root.properties : {};
  const discriminator = properties[key];
  if (!isSchemaNode(discriminator) || !('const' in discriminator)) {
    report(
      `/properties/${key}`,
      `the discriminator "${key}" must be a "const"`,
      `write "${key}": { "const": "${event.name}", "description": "..." }`,
    );
  } else if (discriminator.const !== event.name) {
    report(
      `/properties/${key}/const`,
      `the discriminator is ${JSON.stringify(discriminator.const)} but the file's path (${event.pathDescription}) names the event "${event.name}"`,
      'rename the file to match the discriminator, or correct the const',
    );
  }
  if (!Array.isArray(root.required) || !root.required.includes(key)) {
    report('/required', `the discriminator "${key}" must be required`, `add "${key}" to "required"`);
  }
}

function checkEnum(node: SchemaNode, pointer: string, report: (pointer: string, message: string, fix: string) => void): void {
  for (const keyword of ['x-enum-names', 'x-enum-descriptions'] as const) {
    const list = node[keyword];
    if (list !== undefined && (!Array.isArray(node.enum) || !Array.isArray(list) || list.length !== node.enum.length)) {
      report(
        `${pointer}/${keyword}`,
        `"${keyword}" must be an array with one entry per "enum" value`,
        'list one entry per enum value, in the same order',
      );
    }
  }
  if (node.type !== 'integer' || !Array.isArray(node.enum)) return;
  for (const keyword of ['x-enum-names', 'x-enum-descriptions'] as const) {
    if (!Array.isArray(node[keyword])) {
      report(
        `${pointer}/${keyword}`,
        `an integer enum needs "${keyword}" (its meanings become enum members and docs)`,
        `add "${keyword}" with one entry per value`,
      );
    }
  }
  if (!TOP_LEVEL_DEF.test(pointer)) {
    report(
      pointer,
      'an integer enum must be a titled definition under the top-level "$defs" (it becomes a named TypeScript enum)',
      'move it to "$defs" and refer to it with "$ref"',
    );
  }
}
