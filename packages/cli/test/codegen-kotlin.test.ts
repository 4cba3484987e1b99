import { describe } from 'vitest';
import { screamingSnakeCase } from '@chat-webhooks/schema-toolkit';
import { escapeText, shapeSuite } from './codegen/shape-suite.js';

/** No Kotlin compiler on this machine (nor in Debian bookworm): the output is checked for shape only. */
describe('codegen kotlin: shape of the generated files (not compiled: no Kotlin compiler here)', () => {
  shapeSuite('kotlin', {
    mainFile: (vendor) => `${vendor.facts.typePrefix}.kt`,
    patterns: (vendor) => [
      new RegExp(`^package chatwebhooks\\.${vendor.id}$`, 'm'),
      /configure\(DeserializationFeature\.FAIL_ON_UNKNOWN_PROPERTIES, false\)/,
      ...vendor.events.flatMap((event) => [
        new RegExp(`^data class ${event.title} \\(`, 'm'),
        new RegExp(`fun fromJson\\(json: String\\) = mapper\\.readValue<${event.title}>\\(json\\)`),
        new RegExp(`^ {8}${escapeText(JSON.stringify(event.name))} -> ${event.title}\\.fromJson\\(json\\)$`, 'm'),
      ]),
      ...vendor.integerEnums.flatMap((integerEnum) => [
        new RegExp(`^object ${integerEnum.title} \\{`, 'm'),
        ...integerEnum.members.map((member) => new RegExp(`const val ${screamingSnakeCase(member.name)}: Long = ${member.value}L$`, 'm')),
      ]),
      /^fun parseEvent\(json: String\): Any \{$/m,
    ],
  });
});
