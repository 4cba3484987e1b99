import {
  referencedTitles,
  walkModel,
  type ModelNode,
  type ObjectFields,
  type ObjectNode,
  type ScalarType,
  type SchemaModel,
  type VariantsNode,
} from '@chat-webhooks/schema-toolkit';
import type { CatalogVendor } from './lib/load-catalog.ts';
import { GENERATED_BANNER, runGenerator, type GeneratedFiles } from './lib/run-generator.ts';
/** Lenient: unknown properties pass, as in the canonical schemas. Strict: the validators' strict flavour. */
type Flavour = 'lenient' | 'strict';

// @chat-webhooks/zod: per vendor, one Zod 4 schema per named definition and event, each lenient and strict, and
// a discriminated union of the vendor's events. The same verdicts as @chat-webhooks/validators (tested).
await runGenerator('@chat-webhooks/zod', 'packages/zod', (catalog) => {
  const files: GeneratedFiles = new Map();
  for (const vendor of catalog.vendors) files.set(`${vendor.id}.ts`, renderVendor(vendor));
  files.set('index.ts', `${GENERATED_BANNER}${catalog.vendors.map((vendor) => `export * from './${vendor.id}.js';`).join('\n')}\n`);
  return files;
});

/** `TalkplusChannel` -> `talkplusChannel`: the generated consts are named after the schema titles. */
function lowerFirst(title: string): string {
  return title[0]!.toLowerCase() + title.slice(1);
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

type ObjectLike = ObjectNode | VariantsNode;

function renderVendor(vendor: CatalogVendor): string {
  const model: SchemaModel = vendor.model;
  const variants = new Set<string>();
  for (const definition of model.definitions.values()) {
    walkModel(definition, (node) => {
      if (node.kind === 'variants') for (const variant of node.variants) variants.add(variant.title);
    });
  }
  const label = (title: string) => `${vendor.id} ${title}`;
  const where = (node: ModelNode) => `${vendor.id} ${node.pointer}`;

  // A definition has a strict flavour of its own when it, or a definition it refers to, holds an object that
  // strict mode closes; the others (enums, maps of strings) are the same in both flavours.
  const strictMemo = new Map<string, boolean>();
  const differsWhenStrict = (title: string): boolean => {
    const known = strictMemo.get(title);
    if (known !== undefined) return known;
    strictMemo.set(title, false); // a reference cycle cannot make a definition strict by itself
    let differs = false;
    walkModel(model.definition(title), (node) => {
      if (isClosable(node)) differs = true;
    });
    if (referencedTitles(model.definition(title)).some(differsWhenStrict)) differs = true;
    strictMemo.set(title, differs);
    return differs;
  };

  const schemaName = (title: string, flavour: Flavour) =>
    `${lowerFirst(title)}${flavour === 'strict' && differsWhenStrict(title) ? 'Strict' : ''}Schema`;
  const shapeName = (title: string, flavour: Flavour) => `${lowerFirst(title)}${flavour === 'strict' ? 'Strict' : ''}Shape`;

  /** The Zod expression of one schema node. */
  function expression(node: ModelNode, flavour: Flavour): string {
    switch (node.kind) {
      case 'ref':
        if (node.toRoot) throw new Error(`${where(node)}: a vendor bundle has no root to refer to`);
        return schemaName(node.target, flavour);
      case 'nullable':
        return `${expression(node.of, flavour)}.nullable()`;
      case 'const':
        return literal([node.value]);
      case 'enum':
        return literal(node.members.map((member) => member.value));
      case 'scalar': {
        const nonNull = node.types.filter((type) => type !== 'null').map((type) => scalarExpression(node, type));
        const union = nonNull.length === 1 ? nonNull[0]! : `z.union([${nonNull.join(', ')}])`;
        return node.types.includes('null') ? (nonNull.length === 0 ? 'z.null()' : `${union}.nullable()`) : union;
      }
      case 'array': {
        let code = `z.array(${node.items === undefined ? 'z.unknown()' : expression(node.items, flavour)})`;
        if (node.minItems !== undefined) code += `.min(${node.minItems})`;
        if (node.maxItems !== undefined) code += `.max(${node.maxItems})`;
        return node.nullable ? `${code}.nullable()` : code;
      }
      case 'object':
      case 'variants': {
        const code = objectExpression(node, flavour);
        return node.nullable ? `${code}.nullable()` : code;
      }
      case 'any':
        return 'z.unknown()';
    }
  }

  /** The Zod expression for a scalar restricted to one JSON type, with the keywords that apply to that type. */
  function scalarExpression(node: Extract<ModelNode, { kind: 'scalar' }>, type: Exclude<ScalarType, 'null'>): string {
    switch (type) {
      case 'string': {
        let code = 'z.string()';
        // JSON Schema counts code points (a surrogate pair is one); Zod's min/max count UTF-16 units. For a
        // minimum of 1 both mean "not empty"; other lengths are checked in code points.
        if (node.minLength !== undefined)
          code += node.minLength <= 1 ? `.min(${node.minLength})` : `.refine((text) => codePoints(text) >= ${node.minLength})`;
        if (node.maxLength !== undefined) code += `.refine((text) => codePoints(text) <= ${node.maxLength})`;
        // ajv compiles patterns with the `u` flag, unanchored: so does RegExp here.
        if (node.pattern !== undefined) code += `.regex(new RegExp(${JSON.stringify(node.pattern)}, 'u'))`;
        return code;
      }
      case 'integer':
      case 'number': {
        let code = type === 'integer' ? 'integer()' : 'z.number()';
        if (node.minimum !== undefined) code += `.gte(${node.minimum})`;
        if (node.maximum !== undefined) code += `.lte(${node.maximum})`;
        return code;
      }
      case 'boolean':
        return 'z.boolean()';
    }
  }

  /** `{ key: schema, ... }` for the properties of `node`, those not in `required` optional (never `undefined`). */
  function shape(node: ObjectFields, flavour: Flavour): string {
    const entries = node.properties.map(({ name, required, node: property }) => {
      const code = expression(property, flavour);
      return `${propertyKey(name)}: ${required ? code : `${code}.exactOptional()`}`;
    });
    return `{ ${entries.join(', ')} }`;
  }

  function objectExpression(node: ObjectLike, flavour: Flavour): string {
    if (node.kind === 'variants') return variantsExpression(node, flavour);
    checkRequiredDeclared(node, []);
    const additional = node.additionalProperties;
    if (additional === undefined) {
      if (node.properties.length === 0) return 'z.record(z.string(), z.unknown())';
      return `${flavour === 'strict' ? 'z.strictObject' : 'openObject'}(${shape(node, flavour)})`;
    }
    // A map (`additionalProperties` a schema): its values are checked in both flavours, never closed.
    const values = expression(additional, flavour);
    return node.properties.length > 0 ? `z.object(${shape(node, flavour)}).catchall(${values})` : `z.record(z.string(), ${values})`;
  }

  /**
   * A parent and its variants (docs/schema-conventions.md, "Variants"): per variant, one object of the parent's
   * properties and the variant's, in a discriminated union on the variant's const. Strict, each object also allows
   * what the other variants declare, unconstrained, as the validators' strict flavour closes the parent over every
   * variant's properties rather than each variant over its own.
   */
  function variantsExpression(node: VariantsNode, flavour: Flavour): string {
    const parent = shape(node, flavour).slice(1, -1).trim();
    const every = [...new Set([node, ...node.variants.map((variant) => variant.node)].flatMap(propertyNames))];
    const options = node.variants.map((variant) => {
      checkRequiredDeclared(node, [variant.node]);
      const declared = new Set([node, variant.node].flatMap(propertyNames));
      const others =
        flavour === 'strict'
          ? every.filter((name) => !declared.has(name)).map((name) => `${propertyKey(name)}: z.unknown().exactOptional()`)
          : [];
      const parts = [parent, `...${shapeName(variant.title, flavour)}`, ...others].filter(Boolean);
      return `${flavour === 'strict' ? 'z.strictObject' : 'openObject'}({ ${parts.join(', ')} })`;
    });
    return `z.discriminatedUnion(${JSON.stringify(node.discriminator)}, [${options.join(', ')}])`;
  }

  /** Zod cannot require a key it has no schema for: every required name must be declared (here or in `variants`). */
  function checkRequiredDeclared(node: ObjectFields, withVariants: ObjectFields[]): void {
    const declared = new Set([node, ...withVariants].flatMap(propertyNames));
    for (const name of node.required) {
      if (!declared.has(name))
        throw new Error(`${vendor.id} ${node.pointer}: "${name}" is required but has no schema; declare it in properties`);
    }
  }

  // Definitions in dependency order: a const is declared before the consts that use it.
  const ordered: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (title: string, path: string[]) => {
    if (state.get(title) === 'done') return;
    if (state.get(title) === 'visiting')
      throw new Error(`${label(title)}: recursive definitions (${[...path, title].join(' -> ')}) are not supported by the Zod generator`);
    state.set(title, 'visiting');
    for (const used of referencedTitles(model.definition(title))) visit(used, [...path, title]);
    state.set(title, 'done');
    ordered.push(title);
  };
  for (const title of model.definitions.keys()) visit(title, []);

  const events = new Map(vendor.events.map((event) => [event.typeName, event]));
  const declarations = ordered.flatMap((title) => {
    const node = model.definition(title);
    if (variants.has(title)) {
      // A variant is part of its parent, never an object alone: its properties are spread into the parent's.
      if (node.kind !== 'object') throw new Error(`${label(title)}: a variant is an object (the schema model should have refused it)`);
      return (['lenient', 'strict'] as const).map((flavour) => `const ${shapeName(title, flavour)} = ${shape(node, flavour)};\n`);
    }
    const event = events.get(title);
    const doc = event
      ? `/**\n * ${firstSentence(event.description)}\n *\n * @see {@link ${event.docsUrl}}\n */\n`
      : `/** ${firstSentence(node.description ?? title)} */\n`;
    const lenient = `${doc}export const ${schemaName(title, 'lenient')} = ${expression(node, 'lenient')};\n`;
    if (differsWhenStrict(title)) {
      return [
        lenient,
        `/** ${title}, rejecting unknown properties at every depth (the drift detector). */\nexport const ${schemaName(title, 'strict')} = ${expression(node, 'strict')};\n`,
      ];
    }
    // Events always have a strict name, even when nothing in them can be closed.
    return event
      ? [
          lenient,
          `/** ${title}: nothing in it can be closed, so the same as the lenient schema. */\nexport const ${lowerFirst(title)}StrictSchema = ${schemaName(title, 'lenient')};\n`,
        ]
      : [lenient];
  });

  const union = (flavour: Flavour) =>
    vendor.events.map((event) => `${lowerFirst(event.typeName)}${flavour === 'strict' ? 'Strict' : ''}Schema`).join(', ');
  const table = (flavour: Flavour) =>
    vendor.events
      .map((event) => `  ${JSON.stringify(event.name)}: ${lowerFirst(event.typeName)}${flavour === 'strict' ? 'Strict' : ''}Schema,`)
      .join('\n');
  const discriminator = JSON.stringify(vendor.facts.discriminator);
  const helpers = ['integer', 'codePoints', 'openObject'].filter((helper) => declarations.some((code) => code.includes(`${helper}(`)));
  return `${GENERATED_BANNER}import { z } from 'zod';
${helpers.length > 0 ? `import { ${helpers.join(', ')} } from '../core/checks.js';\n` : ''}
${declarations.join('\n')}
/** Every ${vendor.facts.name} event, discriminated on \`${vendor.facts.discriminator}\`. */
export const ${vendor.id}EventSchema = z.discriminatedUnion(${discriminator}, [${union('lenient')}]);

/** Every ${vendor.facts.name} event, discriminated on \`${vendor.facts.discriminator}\`, rejecting unknown properties. */
export const ${vendor.id}EventStrictSchema = z.discriminatedUnion(${discriminator}, [${union('strict')}]);

/** Each ${vendor.facts.name} event's schema by event name. */
export const ${vendor.id}EventSchemas = {
${table('lenient')}
} as const;

/** Each ${vendor.facts.name} event's strict schema by event name. */
export const ${vendor.id}EventStrictSchemas = {
${table('strict')}
} as const;
`;
}

/** An object that lists its properties and says nothing about others: strict mode closes it. */
function isClosable(node: ModelNode): boolean {
  return (node.kind === 'object' || node.kind === 'variants') && node.properties.length > 0 && node.additionalProperties === undefined;
}

function propertyNames(node: ObjectFields): string[] {
  return node.properties.map((property) => property.name);
}

function firstSentence(text: string): string {
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();
  return sentence.replaceAll('*/', '*\\/').replace(/\s+/g, ' ');
}

/** `const` and `enum`: a Zod enum when every value is a string (its `.options` read well), literals otherwise. */
function literal(values: unknown[]): string {
  if (values.some((value) => value !== null && typeof value === 'object'))
    throw new Error(`object or array constants are not in the subset: ${JSON.stringify(values)}`);
  if (values.length > 1 && values.every((value) => typeof value === 'string')) return `z.enum(${JSON.stringify(values)})`;
  if (values.length === 1) return values[0] === null ? 'z.null()' : `z.literal(${JSON.stringify(values[0])})`;
  return `z.literal(${JSON.stringify(values)})`;
}
