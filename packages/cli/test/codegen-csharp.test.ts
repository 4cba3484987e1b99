import { describe } from 'vitest';
import { escapeText, shapeSuite } from './codegen/shape-suite.js';

/** No C# compiler on this machine (Debian bookworm has no .NET SDK): the output is checked for shape only. */
describe('codegen csharp: shape of the generated files (not compiled: no C# compiler here)', () => {
  shapeSuite('csharp', {
    mainFile: (vendor) => `${vendor.facts.typePrefix}.cs`,
    patterns: (vendor) => [
      new RegExp(`^namespace ChatWebhooks\\.${vendor.facts.typePrefix}$`, 'm'),
      /^#nullable enable$/m,
      ...vendor.events.flatMap((event) => [
        new RegExp(`^ {4}public partial class ${event.title}$`, 'm'),
        new RegExp(`public static ${event.title} FromJson\\(string json\\) =>`),
        new RegExp(`^ {16}case ${escapeText(JSON.stringify(event.name))}:\\n {20}return ${event.title}\\.FromJson\\(json\\);$`, 'm'),
      ]),
      ...vendor.integerEnums.flatMap((integerEnum) => [
        new RegExp(`^ {4}public static class ${integerEnum.title}$`, 'm'),
        ...integerEnum.members.map((member) => new RegExp(`public const long ${member.name} = ${member.value};$`, 'm')),
      ]),
      new RegExp(`^ {4}public static class ${vendor.facts.typePrefix}Events$`, 'm'),
      /public static object Parse\(string json\)/,
    ],
  });
});
