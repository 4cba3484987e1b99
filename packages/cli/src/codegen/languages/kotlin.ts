import type { VendorModel } from '../prepare-schemas.js';
import { screamingSnakeCase } from '@chat-webhooks/schema-toolkit';
import { stringLiteral } from '../string-literal.js';
import type { LanguageTarget } from './target.js';
import { commentLines, headerText, insertAfter, joinBlocks } from './text.js';

function kdoc(text: string, indent = ''): string[] {
  return [`${indent}/**`, ...commentLines(text.replace(/\*\//g, '*&#47;'), ' * ', indent), `${indent} */`];
}

/** Kotlin string literals also interpolate `$`. */
function kotlinString(text: string): string {
  return stringLiteral(text).replace(/\$/g, '\\$');
}

function integerEnumBlocks(vendor: VendorModel): string[][] {
  return vendor.integerEnums.map((integerEnum) => [
    ...kdoc(
      `${integerEnum.description ?? integerEnum.title} Fields of this kind are plain \`Long\` (quicktype keeps no enum for integers): compare them with these constants.`,
    ),
    `object ${integerEnum.title} {`,
    ...integerEnum.members.flatMap((member) => [
      ...(member.description === undefined ? [] : kdoc(member.description, '    ')),
      `    const val ${screamingSnakeCase(member.name)}: Long = ${member.value}L`,
    ]),
    '}',
  ]);
}

function parseBlocks(vendor: VendorModel): string[][] {
  const { discriminator, name } = vendor.facts;
  return [
    [
      ...kdoc(`The ${name} event names (values of \`${discriminator}\`) this package has a class for.`),
      `val eventNames: List<String> = listOf(${vendor.events.map((event) => kotlinString(event.name)).join(', ')})`,
    ],
    [
      ...kdoc(
        `Parses a ${name} webhook payload into the class of its event, picked by its \`${discriminator}\`. Throws IllegalArgumentException for an unknown event name, and Jackson's exceptions for a payload that does not fit.`,
      ),
      'fun parseEvent(json: String): Any {',
      `    val name = mapper.readTree(json).get(${kotlinString(discriminator)})?.asText()`,
      '    return when (name) {',
      ...vendor.events.map((event) => `        ${kotlinString(event.name)} -> ${event.title}.fromJson(json)`),
      `        else -> throw IllegalArgumentException(${kotlinString(`unknown ${name} event: `)} + name)`,
      '    }',
      '}',
    ],
  ];
}

export const kotlin: LanguageTarget = {
  id: 'kotlin',
  displayName: 'Kotlin',
  quicktypeLang: 'kotlin',
  compiledInTests: false,
  layout:
    '`<Vendor>.kt`: one file and package per vendor (`chatwebhooks.sendbird`) of data classes with `fromJson` / `toJson` and a top-level `parseEvent(json)`; needs `jackson-module-kotlin`. Not compiled by the tests (no Kotlin compiler on the build machine): checked for shape only.',
  losses: [
    'Integer enums are plain `Long` fields; the file adds an `object` of constants per enum (`NexconnGroupChannelOperationType.GROUP_CREATED`).',
    'Optional and nullable both become `T? = null`: a missing field and an explicit `null` read the same, and nulls are left out when serialized.',
    'Free-form maps are `Map<String, String>` / `Map<String, Any?>`; `{}` (any JSON value) is `Any?`.',
    'Unknown properties are ignored (the generated mapper is patched to turn `FAIL_ON_UNKNOWN_PROPERTIES` off, since vendors add fields without notice).',
    '`parseEvent` returns `Any`: the data classes share no sealed supertype.',
    'Never compiled here: the shape is checked, not the code.',
  ],
  outputFilename: (vendor) => `${vendor.facts.typePrefix}.kt`,
  rendererOptions: (vendor) => ({ package: `chatwebhooks.${vendor.id}`, framework: 'jackson' }),
  finish(vendor, rendered) {
    const [code] = [...rendered.values()];
    // Schemas stay open (vendors add fields without notice): jackson-module-kotlin fails on unknown properties by default.
    const patched = insertAfter(
      code!,
      /^val mapper = jacksonObjectMapper\(\)\.apply \{\n/m,
      '    configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)\n',
      'kotlin mapper',
    );
    const contents = joinBlocks([
      commentLines(headerText(vendor, 'kotlin'), '// '),
      [patched.trimEnd()],
      ...integerEnumBlocks(vendor),
      ...parseBlocks(vendor),
    ]);
    return [{ path: `${vendor.facts.typePrefix}.kt`, contents }];
  },
};
