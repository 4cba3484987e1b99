import type { VendorModel } from '../prepare-schemas.js';
import { screamingSnakeCase } from '@chat-webhooks/schema-toolkit';
import { stringLiteral } from '../string-literal.js';
import type { LanguageTarget } from './target.js';
import { commentLines, headerText, joinBlocks } from './text.js';

function docstring(text: string, indent: string): string[] {
  const lines = commentLines(text.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"'), '', indent);
  if (lines.length === 1) return [`${indent}"""${lines[0]!.trimStart()}"""`];
  return [`${indent}"""`, ...lines, `${indent}"""`];
}

function integerEnumBlocks(vendor: VendorModel): string[][] {
  return vendor.integerEnums.map((integerEnum) => [
    '',
    `class ${integerEnum.title}(IntEnum):`,
    ...docstring(
      `${integerEnum.description ?? integerEnum.title} Fields of this kind are plain ints (quicktype keeps no enum for integers): compare them with these members, or wrap them, e.g. \`${integerEnum.title}(value)\`.`,
      '    ',
    ),
    '',
    ...integerEnum.members.flatMap((member) => [
      `    ${screamingSnakeCase(member.name)} = ${member.value}`,
      ...(member.description === undefined ? [] : docstring(member.description, '    ')),
    ]),
  ]);
}

function parseBlocks(vendor: VendorModel): string[][] {
  const { discriminator, name } = vendor.facts;
  const union = vendor.events.map((event) => event.title).join(', ');
  return [
    [`${vendor.facts.typePrefix}Event = Union[${union}]`],
    [
      `EVENT_CLASSES: Dict[str, Any] = {`,
      ...vendor.events.map((event) => `    ${stringLiteral(event.name)}: ${event.title},`),
      '}',
      ...docstring(`The event class of each ${name} event name (value of "${discriminator}").`, ''),
    ],
    [
      '',
      `def parse_event(obj: Any) -> ${vendor.facts.typePrefix}Event:`,
      ...docstring(
        `Builds the event object of a decoded ${name} webhook payload (\`json.loads(body)\`), picking the class by its "${discriminator}". Raises ValueError for an event name this module does not know, and AssertionError (from the generated from_dict) for a payload that does not match the class.`,
        '    ',
      ),
      `    name = obj.get(${stringLiteral(discriminator)}) if isinstance(obj, dict) else None`,
      '    event_class = EVENT_CLASSES.get(name) if isinstance(name, str) else None',
      '    if event_class is None:',
      `        raise ValueError(${stringLiteral(`unknown ${name} event: `)} + repr(name))`,
      '    return event_class.from_dict(obj)',
    ],
  ];
}

export const python: LanguageTarget = {
  id: 'python',
  displayName: 'Python',
  quicktypeLang: 'python',
  compiledInTests: true,
  layout: '`<vendor>.py`: one module per vendor of dataclasses with `from_dict` / `to_dict` (Python 3.7+, standard library only).',
  losses: [
    'Integer enums are plain `int` fields; the module adds an `IntEnum` per enum (`NexconnGroupChannelOperationType.GROUP_CREATED`) to compare them with.',
    'Optional and nullable both become `Optional[X] = None`: a missing field and an explicit `null` read the same; `to_dict` writes a required field that is `None` as `null` but leaves out an optional one, so an optional field sent as `null` (`"privateData": null`) is dropped when written back.',
    'Free-form maps are `Dict[str, str]` / `Dict[str, Any]`; `{}` (any JSON value) is `Any`, passed through unchecked.',
    'Unknown properties are dropped by `from_dict` (so `to_dict` does not write them back).',
  ],
  outputFilename: (vendor) => `${vendor.id}.py`,
  rendererOptions: () => ({ 'python-version': '3.7', 'nice-property-names': true }),
  finish(vendor, rendered) {
    const [code] = [...rendered.values()];
    const contents = joinBlocks([
      commentLines(headerText(vendor, 'python'), '# '),
      [code!.trimEnd()],
      ['', 'from enum import IntEnum  # noqa: E402', 'from typing import Any, Dict, Union  # noqa: E402'],
      ...integerEnumBlocks(vendor),
      ...parseBlocks(vendor),
    ]);
    return [{ path: `${vendor.id}.py`, contents }];
  },
};
