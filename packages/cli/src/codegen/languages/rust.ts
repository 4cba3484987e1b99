import type { VendorModel } from '../prepare-schemas.js';
import { pascalCase, screamingSnakeCase } from '@chat-webhooks/schema-toolkit';
import { stringLiteral } from '../string-literal.js';
import type { LanguageTarget } from './target.js';
import { commentLines, headerText, joinBlocks } from './text.js';

function integerEnumBlocks(vendor: VendorModel): string[][] {
  return vendor.integerEnums.map((integerEnum) => [
    ...commentLines(
      `${integerEnum.description ?? integerEnum.title} Fields of this kind are plain \`i64\` (quicktype keeps no enum for integers): compare them with these constants.`,
      '/// ',
    ),
    `pub struct ${integerEnum.title};`,
    '',
    `impl ${integerEnum.title} {`,
    ...integerEnum.members.flatMap((member) => [
      ...(member.description === undefined ? [] : commentLines(member.description, '/// ', '    ')),
      `    pub const ${screamingSnakeCase(member.name)}: i64 = ${member.value};`,
    ]),
    '}',
  ]);
}

function parseBlocks(vendor: VendorModel): string[][] {
  const { discriminator, name, typePrefix } = vendor.facts;
  const union = `${typePrefix}Event`;
  return [
    [
      `/// Any ${name} webhook event, by its \`${discriminator}\`. Serializes as the event itself; parse it with \`parse_event\`.`,
      '#[derive(Debug, Clone, PartialEq, Serialize)]',
      '#[serde(untagged)]',
      `pub enum ${union} {`,
      ...vendor.events.map((event) => `    ${pascalCase(event.name)}(${event.title}),`),
      '}',
      '',
      `impl ${union} {`,
      `    /// The event name (value of \`${discriminator}\`).`,
      "    pub fn name(&self) -> &'static str {",
      '        match self {',
      ...vendor.events.map((event) => `            ${union}::${pascalCase(event.name)}(_) => ${stringLiteral(event.name)},`),
      '        }',
      '    }',
      '}',
    ],
    [
      ...commentLines(
        `Parses a ${name} webhook payload into its event type, picked by its \`${discriminator}\`. An unknown event name is an error.`,
        '/// ',
      ),
      `pub fn parse_event(json: &str) -> Result<${union}, serde_json::Error> {`,
      '    let value: serde_json::Value = serde_json::from_str(json)?;',
      `    let name = value.get(${stringLiteral(discriminator)}).and_then(serde_json::Value::as_str).unwrap_or_default().to_owned();`,
      '    match name.as_str() {',
      ...vendor.events.map(
        (event) => `        ${stringLiteral(event.name)} => serde_json::from_value(value).map(${union}::${pascalCase(event.name)}),`,
      ),
      `        _ => Err(<serde_json::Error as serde::de::Error>::custom(format!(${stringLiteral(`unknown ${name} event {:?}`)}, name))),`,
      '    }',
      '}',
    ],
  ];
}

export const rust: LanguageTarget = {
  id: 'rust',
  displayName: 'Rust',
  quicktypeLang: 'rust',
  compiledInTests: true,
  layout:
    '`<vendor>.rs`: one module per vendor (`mod sendbird;`) deriving serde `Serialize` / `Deserialize`; needs the `serde` (with `derive`) and `serde_json` crates.',
  losses: [
    'Integer enums are plain `i64` fields; the module adds a unit struct per enum with associated constants (`NexconnGroupChannelOperationType::GROUP_CREATED`).',
    'Optional and nullable both become `Option<T>`: a missing field and an explicit `null` read the same, and `None` is left out when serialized (`skip_serializing_if`), so a required-but-null field is dropped when written back.',
    'Free-form maps are `HashMap<String, String>` / `HashMap<String, Option<serde_json::Value>>`; `{}` (any JSON value) is `serde_json::Value`.',
    'Unknown properties are ignored when deserializing and not written back.',
    'Fields named like a keyword or the struct get a renamed field (`type` -> `<struct>_type` with `#[serde(rename = "type")]`).',
  ],
  outputFilename: (vendor) => `${vendor.id}.rs`,
  rendererOptions: () => ({
    'derive-debug': true,
    'derive-clone': true,
    'derive-partial-eq': true,
    'skip-serializing-none': true,
    'leading-comments': false,
    visibility: 'public',
  }),
  finish(vendor, rendered) {
    const [code] = [...rendered.values()];
    const contents = joinBlocks([
      commentLines(headerText(vendor, 'rust'), '// '),
      [code!.trimEnd()],
      ...integerEnumBlocks(vendor),
      ...parseBlocks(vendor),
    ]);
    return [{ path: `${vendor.id}.rs`, contents }];
  },
};
