import type { VendorModel } from '../prepare-schemas.js';
import { stringLiteral } from '../string-literal.js';
import type { LanguageTarget } from './target.js';
import { commentLines, headerText, joinBlocks } from './text.js';

const FIELD = /^\t([A-Za-z_][A-Za-z0-9_]*)[ \t]+([^ \t`][^`]*?)[ \t]+(`[^`]*`)$/;

/**
 * quicktype pads struct fields to one column across the whole file; gofmt aligns each run of consecutive
 * fields on its own (a comment line ends a run). Re-aligns the fields the way gofmt does, so `gofmt -l` is quiet.
 */
export function alignStructFields(code: string): string {
  const lines = code.split('\n');
  let index = 0;
  while (index < lines.length) {
    if (!FIELD.test(lines[index]!)) {
      index += 1;
      continue;
    }
    let end = index;
    while (end < lines.length && FIELD.test(lines[end]!)) end += 1;
    const fields = lines.slice(index, end).map((line) => FIELD.exec(line)!.slice(1, 4) as [string, string, string]);
    const nameWidth = Math.max(...fields.map(([name]) => name.length));
    const typeWidth = Math.max(...fields.map(([, type]) => type.length));
    fields.forEach(([name, type, tag], offset) => {
      lines[index + offset] = `\t${name.padEnd(nameWidth)} ${type.padEnd(typeWidth)} ${tag}`;
    });
    index = end;
  }
  return lines.join('\n');
}

/**
 * quicktype's helper functions for union fields (`unmarshalUnion`, `marshalUnion`, emitted when a field may be,
 * say, a string or a boolean) indent each nested block by two tabs where gofmt uses one. Re-indents their bodies;
 * a body with an even indentation somewhere is left as it is (then `gofmt -l` in the tests says so).
 */
export function reindentUnionHelpers(code: string): string {
  return code.replace(/^func (?:un)?marshalUnion\(.*\{\n([\s\S]*?)^\}$/gm, (helper, body: string) => {
    const depths = body.split('\n').map((line) => /^\t*/.exec(line)![0].length);
    if (depths.some((tabs) => tabs > 0 && tabs % 2 === 0)) return helper;
    const reindented = body.replace(/^(\t+)/gm, (tabs: string) => '\t'.repeat(1 + (tabs.length - 1) / 2));
    return helper.replace(body, reindented);
  });
}

function integerEnumBlocks(vendor: VendorModel): string[][] {
  return vendor.integerEnums.map((integerEnum) => [
    ...commentLines(
      `${integerEnum.title} values${integerEnum.description === undefined ? '' : `: ${integerEnum.description}`} Fields of this kind are plain int64: compare them with these constants.`,
      '// ',
    ),
    'const (',
    ...integerEnum.members.flatMap((member) => [
      ...(member.description === undefined ? [] : commentLines(member.description, '// ', '\t')),
      `\t${integerEnum.title}${member.name} int64 = ${member.value}`,
    ]),
    ')',
  ]);
}

function parseBlocks(vendor: VendorModel): string[][] {
  const { discriminator, name } = vendor.facts;
  return [
    [
      `// EventNames lists the ${name} event names (values of "${discriminator}") this package has a type for.`,
      'var EventNames = []string{',
      ...vendor.events.map((event) => `\t${stringLiteral(event.name)},`),
      '}',
    ],
    [
      `// UnknownEventError is returned by ParseEvent for a payload whose "${discriminator}" names no event of this package.`,
      'type UnknownEventError struct {',
      '\tName string',
      '}',
      '',
      'func (e *UnknownEventError) Error() string {',
      `\treturn ${stringLiteral(`${vendor.id}: unknown event "`)} + e.Name + ${stringLiteral('"')}`,
      '}',
    ],
    [
      ...commentLines(
        `ParseEvent reads the "${discriminator}" of a ${name} webhook payload and unmarshals the payload into that event's type, returned as a pointer (${vendor.events
          .slice(0, 2)
          .map((event) => `*${event.title}`)
          .join(', ')} ...). A name it does not know is an *UnknownEventError.`,
        '// ',
      ),
      'func ParseEvent(data []byte) (any, error) {',
      '\tvar probe struct {',
      `\t\tName string \`json:${stringLiteral(discriminator)}\``,
      '\t}',
      '\tif err := json.Unmarshal(data, &probe); err != nil {',
      '\t\treturn nil, err',
      '\t}',
      '\tswitch probe.Name {',
      ...vendor.events.flatMap((event) => [
        `\tcase ${stringLiteral(event.name)}:`,
        `\t\tevent, err := Unmarshal${event.title}(data)`,
        '\t\tif err != nil {',
        '\t\t\treturn nil, err',
        '\t\t}',
        '\t\treturn &event, nil',
      ]),
      '\t}',
      '\treturn nil, &UnknownEventError{Name: probe.Name}',
      '}',
    ],
  ];
}

export const go: LanguageTarget = {
  id: 'go',
  displayName: 'Go',
  quicktypeLang: 'go',
  compiledInTests: true,
  layout: '`<vendor>/<vendor>.go`: one package per vendor (`package sendbird`), standard library only (`encoding/json`).',
  losses: [
    'Integer enums are plain `int64` fields; the package adds named constants (`NexconnGroupChannelOperationTypeGroupCreated`) to compare them with.',
    'Optional and nullable both become pointers (`*string`) or nil slices/maps: a missing field and an explicit `null` read the same, and optional fields are written back with `omitempty`.',
    'Free-form maps are `map[string]string` / `map[string]interface{}`; `{}` (any JSON value) is `interface{}`.',
    'Unknown properties are ignored silently (`encoding/json`), and a missing required property reads as its zero value: validate with `@chat-webhooks/validators` (or the JSON Schemas) when that matters.',
    '`ParseEvent` returns `any` (a pointer to the event struct): Go has no closed union type.',
  ],
  outputFilename: (vendor) => `${vendor.id}.go`,
  rendererOptions: (vendor) => ({ package: vendor.id }),
  finish(vendor, rendered) {
    const [code] = [...rendered.values()];
    const contents = joinBlocks([
      commentLines(headerText(vendor, 'go'), '// '),
      [alignStructFields(reindentUnionHelpers(code!)).trimEnd()],
      ...integerEnumBlocks(vendor),
      ...parseBlocks(vendor),
    ]);
    return [{ path: `${vendor.id}/${vendor.id}.go`, contents }];
  },
};
