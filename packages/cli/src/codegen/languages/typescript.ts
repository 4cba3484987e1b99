import type { VendorModel } from '../prepare-schemas.js';
import { stringLiteral } from '../string-literal.js';
import type { LanguageTarget } from './target.js';
import { commentLines, headerText, joinBlocks } from './text.js';

function jsdoc(text: string, indent = ''): string[] {
  return [`${indent}/**`, ...commentLines(text.replace(/\*\//g, '*\\/'), ' * ', indent), `${indent} */`];
}

function integerEnumBlocks(vendor: VendorModel): string[][] {
  return vendor.integerEnums.map((integerEnum) => [
    ...jsdoc(
      `${integerEnum.description ?? integerEnum.title} Fields of this kind are typed \`number\` (quicktype keeps no enum for integers): compare them with these members.`,
    ),
    `export enum ${integerEnum.title} {`,
    ...integerEnum.members.flatMap((member) => [
      ...(member.description === undefined ? [] : jsdoc(member.description, '    ')),
      `    ${member.name} = ${member.value},`,
    ]),
    '}',
  ]);
}

function parseBlocks(vendor: VendorModel): string[][] {
  const { discriminator, name, typePrefix } = vendor.facts;
  return [
    [
      ...jsdoc(`Every ${name} event type by its name (value of \`${discriminator}\`).`),
      `export interface ${typePrefix}EventMap {`,
      ...vendor.events.map((event) => `    ${stringLiteral(event.name)}: ${event.title};`),
      '}',
      '',
      `/** Any ${name} webhook event. */`,
      `export type ${typePrefix}Event = ${typePrefix}EventMap[keyof ${typePrefix}EventMap];`,
      '',
      `const eventConverters: { readonly [N in keyof ${typePrefix}EventMap]: (json: string) => ${typePrefix}EventMap[N] } = {`,
      ...vendor.events.map((event) => `    ${stringLiteral(event.name)}: (json) => Convert.to${event.title}(json),`),
      '};',
    ],
    [
      ...jsdoc(
        `Parses a ${name} webhook payload (the raw body) into its event, checked by quicktype's converter of the event named by its \`${discriminator}\`. Throws for malformed JSON, an unknown event name or a payload that does not fit.`,
      ),
      `export function parseEvent(json: string): ${typePrefix}Event {`,
      '    const payload: unknown = JSON.parse(json);',
      `    const name = typeof payload === "object" && payload !== null ? (payload as { ${stringLiteral(discriminator)}?: unknown })[${stringLiteral(discriminator)}] : undefined;`,
      '    if (typeof name === "string" && Object.prototype.hasOwnProperty.call(eventConverters, name)) {',
      `        return eventConverters[name as keyof ${typePrefix}EventMap](json);`,
      '    }',
      `    throw new Error(${stringLiteral(`unknown ${name} event: `)} + JSON.stringify(name));`,
      '}',
    ],
  ];
}

export const typescript: LanguageTarget = {
  id: 'typescript',
  displayName: 'TypeScript',
  quicktypeLang: 'typescript',
  compiledInTests: true,
  layout:
    "`<vendor>.ts`: one module per vendor of interfaces, quicktype's checking `Convert.to<Event>(json)` and `parseEvent(json)`. (`@chat-webhooks/types` is the richer choice for TypeScript: named integer enums, `<Vendor>Event` unions, optional vs nullable kept.)",
  losses: [
    'Integer enums are typed `number`; the module adds a TypeScript `enum` per integer enum to compare them with.',
    'Optional and nullable are kept apart (`x?: T` vs `x: T | null`), but `@chat-webhooks/types` is the canonical TypeScript output.',
    'Free-form maps are `{ [key: string]: string }`; `{}` (any JSON value) is `unknown`.',
    'Unknown properties are accepted by the converters and stay on the parsed object at run time, but the types are closed and do not show them.',
  ],
  outputFilename: (vendor) => `${vendor.id}.ts`,
  rendererOptions: () => ({
    'just-types': false,
    'runtime-typecheck': true,
    'runtime-typecheck-ignore-unknown-properties': true,
    'prefer-unions': true,
  }),
  finish(vendor, rendered) {
    const [code] = [...rendered.values()];
    const contents = joinBlocks([
      commentLines(headerText(vendor, 'typescript'), '// '),
      [code!.trimEnd()],
      ...integerEnumBlocks(vendor),
      ...parseBlocks(vendor),
    ]);
    return [{ path: `${vendor.id}.ts`, contents }];
  },
};
