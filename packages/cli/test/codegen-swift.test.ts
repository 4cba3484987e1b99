import { describe } from 'vitest';
import { camelCase, pascalCase } from '@chat-webhooks/schema-toolkit';
import { escapeText, shapeSuite } from './codegen/shape-suite.js';

/** No Swift compiler on this machine (Debian bookworm does not package one): the output is checked for shape only. */
describe('codegen swift: shape of the generated files (not compiled: no Swift compiler here)', () => {
  shapeSuite('swift', {
    mainFile: (vendor) => `${vendor.facts.typePrefix}/${vendor.facts.typePrefix}.swift`,
    patterns: (vendor) => [
      /^import Foundation$/m,
      ...vendor.events.flatMap((event) => [
        new RegExp(`^public struct ${event.title}: Codable \\{`, 'm'),
        new RegExp(`^public extension ${event.title} \\{\\n {4}init\\(data: Data\\) throws \\{`, 'm'),
        new RegExp(`^ {4}case \`?${camelCase(pascalCase(event.name))}\`?\\(${event.title}\\)$`, 'm'),
        new RegExp(
          `^ {8}case ${escapeText(JSON.stringify(event.name))}:\\n {12}self = \\.\`?${camelCase(pascalCase(event.name))}\`?\\(try ${event.title}\\(data: data\\)\\)$`,
          'm',
        ),
      ]),
      ...vendor.integerEnums.flatMap((integerEnum) => [
        new RegExp(`^public enum ${integerEnum.title} \\{`, 'm'),
        ...integerEnum.members.map(
          (member) => new RegExp(`public static let \`?${camelCase(member.name)}\`?: Int = ${member.value}$`, 'm'),
        ),
      ]),
      new RegExp(`^public enum ${vendor.facts.typePrefix}Event \\{`, 'm'),
    ],
  });
});
