import type { VendorModel } from '../prepare-schemas.js';
import { stringLiteral } from '../string-literal.js';
import type { LanguageTarget } from './target.js';
import { commentLines, headerText, joinBlocks } from './text.js';

/** The C# namespace of a vendor's classes. */
export function csharpNamespace(vendor: VendorModel): string {
  return `ChatWebhooks.${vendor.facts.typePrefix}`;
}

function summary(text: string, indent: string): string[] {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [`${indent}/// <summary>`, ...commentLines(escaped, '/// ', indent), `${indent}/// </summary>`];
}

function namespaceBlock(vendor: VendorModel): string[] {
  const { discriminator, name, typePrefix } = vendor.facts;
  const lines: string[] = [
    `namespace ${csharpNamespace(vendor)}`,
    '{',
    '    using System.Collections.Generic;',
    '    using System.Text.Json;',
  ];
  for (const integerEnum of vendor.integerEnums) {
    lines.push(
      '',
      ...summary(
        `${integerEnum.description ?? integerEnum.title} Fields of this kind are plain long (quicktype keeps no enum for integers): compare them with these constants.`,
        '    ',
      ),
      `    public static class ${integerEnum.title}`,
      '    {',
    );
    integerEnum.members.forEach((member, index) => {
      if (index > 0) lines.push('');
      if (member.description !== undefined) lines.push(...summary(member.description, '        '));
      lines.push(`        public const long ${member.name} = ${member.value};`);
    });
    lines.push('    }');
  }
  lines.push(
    '',
    ...summary(
      `Every ${name} webhook event: the names this namespace has a class for, and a parser that picks the class by the "${discriminator}" of the payload.`,
      '    ',
    ),
    `    public static class ${typePrefix}Events`,
    '    {',
    ...summary(`The ${name} event names (values of "${discriminator}").`, '        '),
    `        public static readonly IReadOnlyList<string> Names = new[] { ${vendor.events.map((event) => stringLiteral(event.name)).join(', ')} };`,
    '',
    ...summary(
      `Parses a ${name} webhook payload into the class of its event. Throws JsonException for malformed JSON, a payload that does not fit, or an unknown event name.`,
      '        ',
    ),
    '        public static object Parse(string json)',
    '        {',
    '            string? name;',
    '            using (var document = JsonDocument.Parse(json))',
    '            {',
    `                name = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(${stringLiteral(discriminator)}, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;`,
    '            }',
    '            switch (name)',
    '            {',
    ...vendor.events.flatMap((event) => [
      `                case ${stringLiteral(event.name)}:`,
      `                    return ${event.title}.FromJson(json);`,
    ]),
    '                default:',
    `                    throw new JsonException(${stringLiteral(`unknown ${name} event: `)} + name);`,
    '            }',
    '        }',
    '    }',
    '}',
  );
  return lines;
}

export const csharp: LanguageTarget = {
  id: 'csharp',
  displayName: 'C#',
  quicktypeLang: 'csharp',
  compiledInTests: false,
  layout:
    '`<Vendor>.cs`: one file and namespace per vendor (`ChatWebhooks.Sendbird`) of classes with `FromJson` / `ToJson` (System.Text.Json) and `<Vendor>Events.Parse(json)`. Not compiled by the tests (no C# compiler on the build machine): checked for shape only.',
  losses: [
    'Integer enums are plain `long` properties; the file adds a static class of constants per enum (`NexconnGroupChannelOperationType.GroupCreated`).',
    'Required value types are not nullable (`long`, `bool`): a missing one reads as 0 / false.',
    'Optional and nullable both become nullable (`string?`): a missing field and an explicit `null` read the same; when serialized, a null optional property is left out and a null required one is written as `null`.',
    'Free-form maps are `Dictionary<string, string>` / `Dictionary<string, object>`; `{}` (any JSON value) is `object` (a `JsonElement` at run time).',
    'Unknown properties are ignored and not written back.',
    '`<Vendor>Events.Parse` returns `object`: the classes share no base type.',
    'Never compiled here: the shape is checked, not the code.',
  ],
  outputFilename: (vendor) => `${vendor.facts.typePrefix}.cs`,
  rendererOptions: (vendor) => ({
    namespace: csharpNamespace(vendor),
    framework: 'SystemTextJson',
    'array-type': 'array',
    features: 'complete',
  }),
  finish(vendor, rendered) {
    const [code] = [...rendered.values()];
    const contents = joinBlocks([commentLines(headerText(vendor, 'csharp'), '// '), [code!.trimEnd()], namespaceBlock(vendor)]);
    return [{ path: `${vendor.facts.typePrefix}.cs`, contents }];
  },
};
