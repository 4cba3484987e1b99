import { bundleDefinitions } from './lib/bundle-schemas.ts';
import type { CatalogVendor } from './lib/load-catalog.ts';
import { GENERATED_BANNER, runGenerator, type GeneratedFiles } from './lib/run-generator.ts';
import { definitionAt, discriminatorOf, isNullableOneOf, knownProperties, variantPointers, variantRefs, variantsOf } from './lib/variants.ts';
import { isSchemaNode, walkSchema, type SchemaNode } from './lib/walk-schema.ts';

/** Keywords that carry no check (annotations for docs, mocks and types): Zod has nothing to do with them. */
const ANNOTATIONS = new Set(['$schema', '$defs', 'title', 'description', 'format', 'examples', 'default']);
/** Keywords this generator turns into Zod; anything else stops it rather than be silently dropped. */
const CHECKS = new Set(['$ref', 'type', 'properties', 'required', 'additionalProperties', 'items', 'oneOf', 'const', 'enum', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems']);

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

function renderVendor(vendor: CatalogVendor): string {
  const definitions = bundleDefinitions(vendor.index, [...vendor.index.named.keys()]);
  const bundle: SchemaNode = { $defs: Object.fromEntries(definitions) };
  const variants = new Set([...variantPointers(bundle)].map((pointer) => pointer.slice('/$defs/'.length)));
  const label = (title: string) => `${vendor.id} ${title}`;

  // A definition has a strict flavour of its own when it, or a definition it refers to, holds an object that
  // strict mode closes; the others (enums, maps of strings) are the same in both flavours.
  const strictMemo = new Map<string, boolean>();
  const differsWhenStrict = (title: string): boolean => {
    const known = strictMemo.get(title);
    if (known !== undefined) return known;
    strictMemo.set(title, false); // a reference cycle cannot make a definition strict by itself
    let differs = false;
    walkSchema(definitions.get(title)!, (node) => {
      if (isSchemaNode(node.properties) && node.additionalProperties === undefined) differs = true;
      if (typeof node.$ref === 'string' && differsWhenStrict(refTitle(node.$ref))) differs = true;
    });
    strictMemo.set(title, differs);
    return differs;
  };

  const schemaName = (title: string, flavour: Flavour) => `${lowerFirst(title)}${flavour === 'strict' && differsWhenStrict(title) ? 'Strict' : ''}Schema`;
  const shapeName = (title: string, flavour: Flavour) => `${lowerFirst(title)}${flavour === 'strict' ? 'Strict' : ''}Shape`;

  /** The Zod expression of one schema node. */
  function expression(node: SchemaNode, flavour: Flavour, where: string): string {
    for (const keyword of Object.keys(node)) {
      if (!CHECKS.has(keyword) && !ANNOTATIONS.has(keyword) && !keyword.startsWith('x-')) {
        throw new Error(`${where}: the Zod generator does not handle "${keyword}"; teach scripts/generate-zod-package.ts`);
      }
    }
    if (typeof node.$ref === 'string') return schemaName(refTitle(node.$ref), flavour);
    if (Array.isArray(node.oneOf) && isNullableOneOf(node)) {
      const [other, ...rest] = node.oneOf.filter((branch) => !(isSchemaNode(branch) && branch.type === 'null')) as SchemaNode[];
      if (other === undefined || rest.length > 0) throw new Error(`${where}: a nullable oneOf has one non-null branch`);
      return `${expression(other, flavour, where)}.nullable()`;
    }
    if ('const' in node) return literal([node.const]);
    if (Array.isArray(node.enum)) return literal(node.enum);
    const types = typeof node.type === 'string' ? [node.type] : Array.isArray(node.type) ? (node.type as string[]) : [];
    if (types.length === 0) {
      if (isSchemaNode(node.properties) || variantRefs(node).length > 0) return objectExpression(node, flavour, where);
      return 'z.unknown()';
    }
    const nonNull = types.filter((type) => type !== 'null').map((type) => typeExpression(node, type, flavour, where));
    const union = nonNull.length === 1 ? nonNull[0]! : `z.union([${nonNull.join(', ')}])`;
    return types.includes('null') ? (nonNull.length === 0 ? 'z.null()' : `${union}.nullable()`) : union;
  }

  /** The Zod expression for `node` restricted to one JSON type, with the keywords that apply to that type. */
  function typeExpression(node: SchemaNode, type: string, flavour: Flavour, where: string): string {
    switch (type) {
      case 'string': {
        let code = 'z.string()';
        // JSON Schema counts code points (a surrogate pair is one); Zod's min/max count UTF-16 units. For a
        // minimum of 1 both mean "not empty"; other lengths are checked in code points.
        if (typeof node.minLength === 'number') code += node.minLength <= 1 ? `.min(${node.minLength})` : `.refine((text) => codePoints(text) >= ${node.minLength})`;
        if (typeof node.maxLength === 'number') code += `.refine((text) => codePoints(text) <= ${node.maxLength})`;
        // ajv compiles patterns with the `u` flag, unanchored: so does RegExp here.
        if (typeof node.pattern === 'string') code += `.regex(new RegExp(${JSON.stringify(node.pattern)}, 'u'))`;
        return code;
      }
      case 'integer':
      case 'number': {
        let code = type === 'integer' ? 'integer()' : 'z.number()';
        if (typeof node.minimum === 'number') code += `.gte(${node.minimum})`;
        if (typeof node.maximum === 'number') code += `.lte(${node.maximum})`;
        return code;
      }
      case 'boolean':
        return 'z.boolean()';
      case 'array': {
        let code = `z.array(${isSchemaNode(node.items) ? expression(node.items, flavour, `${where}/items`) : 'z.unknown()'})`;
        if (typeof node.minItems === 'number') code += `.min(${node.minItems})`;
        if (typeof node.maxItems === 'number') code += `.max(${node.maxItems})`;
        return code;
      }
      case 'object':
        return objectExpression(node, flavour, where);
      default:
        throw new Error(`${where}: the Zod generator does not handle type "${type}"`);
    }
  }

  /** `{ key: schema, ... }` for the properties of `node`, those not in `required` optional (never `undefined`). */
  function shape(node: SchemaNode, flavour: Flavour, where: string, extraRequired: readonly string[] = []): string {
    const properties = isSchemaNode(node.properties) ? (node.properties as Record<string, SchemaNode>) : {};
    const required = new Set([...(Array.isArray(node.required) ? (node.required as string[]) : []), ...extraRequired]);
    const entries = Object.entries(properties).map(([name, property]) => {
      const code = expression(property, flavour, `${where}/properties/${name}`);
      return `${propertyKey(name)}: ${required.has(name) ? code : `${code}.exactOptional()`}`;
    });
    return `{ ${entries.join(', ')} }`;
  }

  function objectExpression(node: SchemaNode, flavour: Flavour, where: string): string {
    const additional = node.additionalProperties;
    const ofVariants = variantsOf(node, bundle);
    if (ofVariants.length > 0) return variantsExpression(node, ofVariants, flavour, where);
    checkRequiredDeclared(node, [], where);
    if (additional === undefined) {
      if (!isSchemaNode(node.properties)) return 'z.record(z.string(), z.unknown())';
      return `${flavour === 'strict' ? 'z.strictObject' : 'openObject'}(${shape(node, flavour, where)})`;
    }
    // A map (`additionalProperties` a schema): its values are checked in both flavours, never closed.
    const values = additional === true ? 'z.unknown()' : isSchemaNode(additional) ? expression(additional, flavour, `${where}/additionalProperties`) : undefined;
    if (values === undefined) throw new Error(`${where}: additionalProperties false is not in the subset (docs/schema-conventions.md)`);
    return isSchemaNode(node.properties) ? `z.object(${shape(node, flavour, where)}).catchall(${values})` : `z.record(z.string(), ${values})`;
  }

  /**
   * A parent and its variants (docs/schema-conventions.md, "Variants"): per variant, one object of the parent's
   * properties and the variant's, in a discriminated union on the variant's const. Strict, each object also allows
   * what the other variants declare, unconstrained, as the validators' strict flavour closes the parent over every
   * variant's properties rather than each variant over its own.
   */
  function variantsExpression(node: SchemaNode, ofVariants: SchemaNode[], flavour: Flavour, where: string): string {
    const discriminator = discriminatorOf(ofVariants);
    if (discriminator === undefined) throw new Error(`${where}: variants without a discriminator (check:schemas should have refused them)`);
    const parent = shape(node, flavour, where).slice(1, -1).trim();
    const every = knownProperties(node, bundle);
    const options = variantRefs(node).map((ref) => {
      const variant = definitionAt(bundle, ref)!;
      checkRequiredDeclared(node, [variant], where);
      const declared = new Set([node, variant].flatMap((part) => (isSchemaNode(part.properties) ? Object.keys(part.properties) : [])));
      const others = flavour === 'strict' ? every.filter((name) => !declared.has(name)).map((name) => `${propertyKey(name)}: z.unknown().exactOptional()`) : [];
      const parts = [parent, `...${shapeName(refTitle(ref), flavour)}`, ...others].filter(Boolean);
      return `${flavour === 'strict' ? 'z.strictObject' : 'openObject'}({ ${parts.join(', ')} })`;
    });
    return `z.discriminatedUnion(${JSON.stringify(discriminator)}, [${options.join(', ')}])`;
  }

  /** Zod cannot require a key it has no schema for: every required name must be declared (here or in `variants`). */
  function checkRequiredDeclared(node: SchemaNode, withVariants: SchemaNode[], where: string): void {
    const declared = new Set([node, ...withVariants].flatMap((part) => (isSchemaNode(part.properties) ? Object.keys(part.properties) : [])));
    for (const name of Array.isArray(node.required) ? (node.required as string[]) : []) {
      if (!declared.has(name)) throw new Error(`${where}: "${name}" is required but has no schema; declare it in properties`);
    }
  }

  // Definitions in dependency order: a const is declared before the consts that use it.
  const ordered: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (title: string, path: string[]) => {
    if (state.get(title) === 'done') return;
    if (state.get(title) === 'visiting') throw new Error(`${label(title)}: recursive definitions (${[...path, title].join(' -> ')}) are not supported by the Zod generator`);
    state.set(title, 'visiting');
    walkSchema(definitions.get(title)!, (node) => {
      if (typeof node.$ref === 'string') visit(refTitle(node.$ref), [...path, title]);
    });
    state.set(title, 'done');
    ordered.push(title);
  };
  for (const title of definitions.keys()) visit(title, []);

  const events = new Map(vendor.events.map((event) => [event.typeName, event]));
  const declarations = ordered.flatMap((title) => {
    const node = definitions.get(title)!;
    const where = label(title);
    if (variants.has(title)) {
      // A variant is part of its parent, never an object alone: its properties are spread into the parent's.
      return (['lenient', 'strict'] as const).map((flavour) => `const ${shapeName(title, flavour)} = ${shape(node, flavour, where)};\n`);
    }
    const event = events.get(title);
    const doc = event
      ? `/**\n * ${firstSentence(event.description)}\n *\n * @see {@link ${event.docsUrl}}\n */\n`
      : `/** ${firstSentence(String(node.description ?? title))} */\n`;
    const lenient = `${doc}export const ${schemaName(title, 'lenient')} = ${expression(node, 'lenient', where)};\n`;
    if (differsWhenStrict(title)) {
      return [lenient, `/** ${title}, rejecting unknown properties at every depth (the drift detector). */\nexport const ${schemaName(title, 'strict')} = ${expression(node, 'strict', where)};\n`];
    }
    // Events always have a strict name, even when nothing in them can be closed.
    return event ? [lenient, `/** ${title}: nothing in it can be closed, so the same as the lenient schema. */\nexport const ${lowerFirst(title)}StrictSchema = ${schemaName(title, 'lenient')};\n`] : [lenient];
  });

  const union = (flavour: Flavour) => vendor.events.map((event) => `${lowerFirst(event.typeName)}${flavour === 'strict' ? 'Strict' : ''}Schema`).join(', ');
  const table = (flavour: Flavour) => vendor.events.map((event) => `  ${JSON.stringify(event.name)}: ${lowerFirst(event.typeName)}${flavour === 'strict' ? 'Strict' : ''}Schema,`).join('\n');
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

function refTitle(ref: string): string {
  const title = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  if (title === undefined) throw new Error(`unexpected $ref "${ref}" in a bundle`);
  return title;
}

function firstSentence(text: string): string {
  const sentence = /^[^]*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();
  return sentence.replaceAll('*/', '*\\/').replace(/\s+/g, ' ');
}

/** `const` and `enum`: a Zod enum when every value is a string (its `.options` read well), literals otherwise. */
function literal(values: unknown[]): string {
  if (values.some((value) => value !== null && typeof value === 'object')) throw new Error(`object or array constants are not in the subset: ${JSON.stringify(values)}`);
  if (values.length > 1 && values.every((value) => typeof value === 'string')) return `z.enum(${JSON.stringify(values)})`;
  if (values.length === 1) return values[0] === null ? 'z.null()' : `z.literal(${JSON.stringify(values[0])})`;
  return `z.literal(${JSON.stringify(values)})`;
}
