import type { VendorModel } from '../prepare-schemas.js';
import { camelCase, pascalCase } from '@chat-webhooks/schema-toolkit';
import { stringLiteral } from '../string-literal.js';
import type { LanguageTarget } from './target.js';
import { commentLines, headerText, joinBlocks } from './text.js';

/** Swift words that need backticks to be used as a name. */
const SWIFT_KEYWORDS = new Set([
  'as',
  'break',
  'case',
  'catch',
  'class',
  'continue',
  'default',
  'defer',
  'do',
  'else',
  'enum',
  'extension',
  'fallthrough',
  'false',
  'for',
  'func',
  'guard',
  'if',
  'import',
  'in',
  'init',
  'inout',
  'internal',
  'is',
  'let',
  'nil',
  'operator',
  'private',
  'protocol',
  'public',
  'repeat',
  'rethrows',
  'return',
  'self',
  'Self',
  'static',
  'struct',
  'subscript',
  'super',
  'switch',
  'throw',
  'throws',
  'true',
  'try',
  'typealias',
  'var',
  'where',
  'while',
]);

function swiftName(text: string): string {
  const name = camelCase(text);
  return SWIFT_KEYWORDS.has(name) ? `\`${name}\`` : name;
}

function integerEnumBlocks(vendor: VendorModel): string[][] {
  return vendor.integerEnums.map((integerEnum) => [
    ...commentLines(
      `${integerEnum.description ?? integerEnum.title} Fields of this kind are plain \`Int\` (quicktype keeps no enum for integers): compare them with these constants.`,
      '/// ',
    ),
    `public enum ${integerEnum.title} {`,
    ...integerEnum.members.flatMap((member) => [
      ...(member.description === undefined ? [] : commentLines(member.description, '/// ', '    ')),
      `    public static let ${swiftName(member.name)}: Int = ${member.value}`,
    ]),
    '}',
  ]);
}

function parseBlocks(vendor: VendorModel): string[][] {
  const { discriminator, name, typePrefix } = vendor.facts;
  const union = `${typePrefix}Event`;
  return [
    [
      `/// Any ${name} webhook event, by its \`${discriminator}\`.`,
      `public enum ${union} {`,
      ...vendor.events.map((event) => `    case ${swiftName(pascalCase(event.name))}(${event.title})`),
      '',
      `    /// The ${name} event names (values of \`${discriminator}\`).`,
      `    public static let names: [String] = [${vendor.events.map((event) => stringLiteral(event.name)).join(', ')}]`,
      '',
      ...commentLines(
        `Decodes a ${name} webhook payload as the type of its event, picked by its \`${discriminator}\`. Throws DecodingError for an unknown event name or a payload that does not fit.`,
        '/// ',
        '    ',
      ),
      '    public init(data: Data) throws {',
      '        struct Discriminator: Decodable {',
      '            let name: String',
      '            enum CodingKeys: String, CodingKey {',
      `                case name = ${stringLiteral(discriminator)}`,
      '            }',
      '        }',
      '        let name = try JSONDecoder().decode(Discriminator.self, from: data).name',
      '        switch name {',
      ...vendor.events.flatMap((event) => [
        `        case ${stringLiteral(event.name)}:`,
        `            self = .${swiftName(pascalCase(event.name))}(try ${event.title}(data: data))`,
      ]),
      '        default:',
      `            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: ${stringLiteral(`unknown ${name} event: `)} + name))`,
      '        }',
      '    }',
      '}',
    ],
  ];
}

export const swift: LanguageTarget = {
  id: 'swift',
  displayName: 'Swift',
  quicktypeLang: 'swift',
  compiledInTests: false,
  layout:
    "`<Vendor>/<Vendor>.swift`: one file per vendor, meant as a module of its own (a package target per vendor), since every file repeats quicktype's helpers (`JSONAny`, `newJSONDecoder`); `Codable` structs and `<Vendor>Event(data:)`. Not compiled by the tests (no Swift compiler on the build machine): checked for shape only.",
  losses: [
    'Integer enums are plain `Int` fields; the file adds a caseless enum of constants per enum (`NexconnGroupChannelOperationType.groupCreated`).',
    'Optional and nullable both become optionals (`String?`): a missing field and an explicit `null` read the same, and `nil` is left out when encoded.',
    "Free-form maps are `[String: String]` / `[String: JSONAny]`; `{}` (any JSON value) is quicktype's `JSONAny`.",
    'Unknown properties are ignored and not written back.',
    'Never compiled here: the shape is checked, not the code.',
  ],
  outputFilename: (vendor) => `${vendor.facts.typePrefix}.swift`,
  rendererOptions: () => ({ 'access-level': 'public', 'struct-or-class': 'struct', initializers: true, 'coding-keys': true }),
  finish(vendor, rendered) {
    const [code] = [...rendered.values()];
    const contents = joinBlocks([
      commentLines(headerText(vendor, 'swift'), '// '),
      [code!.trimEnd()],
      ...integerEnumBlocks(vendor),
      ...parseBlocks(vendor),
    ]);
    return [{ path: `${vendor.facts.typePrefix}/${vendor.facts.typePrefix}.swift`, contents }];
  },
};
