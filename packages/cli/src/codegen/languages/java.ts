import type { VendorModel } from '../prepare-schemas.js';
import { screamingSnakeCase } from '@chat-webhooks/schema-toolkit';
import { stringLiteral } from '../string-literal.js';
import type { GeneratedFile, LanguageTarget } from './target.js';
import { commentLines, headerText, joinBlocks } from './text.js';

/** The Java package of a vendor's classes. */
export function javaPackage(vendor: VendorModel): string {
  return `chatwebhooks.${vendor.id}`;
}

function javadoc(text: string, indent = ''): string[] {
  return [`${indent}/**`, ...commentLines(text.replace(/\*\//g, '*&#47;'), ' * ', indent), `${indent} */`];
}

function integerEnumFile(vendor: VendorModel, integerEnum: VendorModel['integerEnums'][number]): string[][] {
  return [
    [`package ${javaPackage(vendor)};`],
    [
      ...javadoc(
        `${integerEnum.description ?? integerEnum.title} Fields of this kind are plain \`long\` (quicktype keeps no enum for integers): compare them with these constants.`,
      ),
      `public final class ${integerEnum.title} {`,
      `    private ${integerEnum.title}() {}`,
      ...integerEnum.members.flatMap((member) => [
        '',
        ...(member.description === undefined ? [] : javadoc(member.description, '    ')),
        `    public static final long ${screamingSnakeCase(member.name)} = ${member.value}L;`,
      ]),
      '}',
    ],
  ];
}

function eventsFile(vendor: VendorModel): string[][] {
  const { discriminator, name, typePrefix } = vendor.facts;
  return [
    [`package ${javaPackage(vendor)};`],
    [
      'import com.fasterxml.jackson.databind.JsonNode;',
      'import com.fasterxml.jackson.databind.ObjectMapper;',
      'import java.io.IOException;',
      'import java.util.List;',
    ],
    [
      ...javadoc(
        `Every ${name} webhook event: the names this package has a class for, and a parser that picks the class by the \`${discriminator}\` of the payload.`,
      ),
      `public final class ${typePrefix}Events {`,
      `    private ${typePrefix}Events() {}`,
      '',
      '    private static final ObjectMapper MAPPER = new ObjectMapper();',
      '',
      ...javadoc(`The ${name} event names (values of \`${discriminator}\`), in a stable order.`, '    '),
      `    public static final List<String> NAMES = List.of(${vendor.events.map((event) => stringLiteral(event.name)).join(', ')});`,
      '',
      ...javadoc(
        `Parses a ${name} webhook payload into the class of its event (${vendor.events
          .slice(0, 2)
          .map((event) => event.title)
          .join(', ')} ...). Throws IOException for malformed JSON, a payload that does not fit the class, or an unknown event name.`,
        '    ',
      ),
      '    public static Object parse(String json) throws IOException {',
      `        JsonNode discriminator = MAPPER.readTree(json).get(${stringLiteral(discriminator)});`,
      '        String name = discriminator == null || !discriminator.isTextual() ? null : discriminator.asText();',
      '        if (name == null) {',
      `            throw new IOException(${stringLiteral(`${name} payload without a string "${discriminator}"`)});`,
      '        }',
      '        switch (name) {',
      ...vendor.events.flatMap((event) => [
        `            case ${stringLiteral(event.name)}:`,
        `                return Converter.${event.title}FromJsonString(json);`,
      ]),
      '            default:',
      `                throw new IOException(${stringLiteral(`unknown ${name} event "`)} + name + "\\"");`,
      '        }',
      '    }',
      '}',
    ],
  ];
}

/**
 * quicktype declares `<Event>ToJsonString(...) throws JsonProcessingException`, but some Jackson builds (Debian's
 * 2.14) declare `ObjectWriter.writeValueAsString` as also throwing IOException, which then does not compile.
 * IOException is JsonProcessingException's superclass, so declaring it compiles against every Jackson 2.
 */
function widenWriterExceptions(code: string): string {
  return code.replace(/(ToJsonString\([^)]*\)) throws JsonProcessingException \{/g, '$1 throws IOException {');
}

export const java: LanguageTarget = {
  id: 'java',
  displayName: 'Java',
  quicktypeLang: 'java',
  compiledInTests: true,
  layout:
    '`chatwebhooks/<vendor>/*.java`: one package per vendor (`chatwebhooks.sendbird`), one file per class as Java requires, `Converter` with `<Event>FromJsonString` / `<Event>ToJsonString`, and `<Vendor>Events.parse(json)`; needs Jackson 2 (`jackson-databind`, `jackson-annotations`, `jackson-core`).',
  losses: [
    'Integer enums are plain `long` fields; the package adds a constants class per enum (`NexconnGroupChannelOperationType.GROUP_CREATED`).',
    'Required integers and booleans are primitives (`long`, `boolean`): a missing one reads as 0 / false; Jackson does not check `required`.',
    'Optional and nullable both become a null reference: a missing field and an explicit `null` read the same, and every null is written back (an absent optional field comes back as `null`).',
    'Free-form maps are `Map<String, String>` / `Map<String, Object>`; `{}` (any JSON value) is `Object`.',
    'Unknown properties are ignored (`FAIL_ON_UNKNOWN_PROPERTIES` is off) and not written back.',
    '`Converter.<Event>ToJsonString` declares `throws IOException` (quicktype says JsonProcessingException, which some Jackson builds do not compile with).',
    '`<Vendor>Events.parse` returns `Object`: the classes share no sealed supertype.',
  ],
  outputFilename: (vendor) => `${vendor.facts.typePrefix}.java`,
  rendererOptions: (vendor) => ({ package: javaPackage(vendor), 'array-type': 'list', 'datetime-provider': 'java8' }),
  finish(vendor, rendered) {
    const directory = javaPackage(vendor).replace(/\./g, '/');
    const header = commentLines(headerText(vendor, 'java'), '// ');
    const files: GeneratedFile[] = [...rendered].map(([file, code]) => ({
      path: `${directory}/${file}`,
      contents: joinBlocks([header, [(file === 'Converter.java' ? widenWriterExceptions(code) : code).trimEnd()]]),
    }));
    for (const integerEnum of vendor.integerEnums) {
      files.push({
        path: `${directory}/${integerEnum.title}.java`,
        contents: joinBlocks([header, ...integerEnumFile(vendor, integerEnum)]),
      });
    }
    files.push({ path: `${directory}/${vendor.facts.typePrefix}Events.java`, contents: joinBlocks([header, ...eventsFile(vendor)]) });
    return files.sort((a, b) => (a.path < b.path ? -1 : 1));
  },
};
