/** Name rules shared by every generator and the CLI: they split and join words, never guess. */

/** `open_channel:message_send` -> `['open', 'channel', 'message', 'send']`; `GroupCreated` -> `['Group', 'Created']`. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** `open_channel:message_send` -> `OpenChannelMessageSend`. */
export function pascalCase(text: string): string {
  return words(text)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** `GroupCreated` -> `groupCreated`. */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal.length === 0 ? pascal : pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** `GroupCreated` -> `group_created`. */
export function snakeCase(text: string): string {
  return words(text)
    .map((word) => word.toLowerCase())
    .join('_');
}

/** `GroupCreated` -> `GROUP_CREATED`. */
export function screamingSnakeCase(text: string): string {
  return snakeCase(text).toUpperCase();
}

/** The generated type name of an event: `<Prefix><EventName>Event`. */
export function eventTypeName(typePrefix: string, eventName: string): string {
  return `${typePrefix}${pascalCase(eventName)}Event`;
}
