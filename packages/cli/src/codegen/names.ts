/** Name helpers shared by the language renderers: they only split and join words, never guess. */

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

/** `GroupCreated` -> `groupCreated`. */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal.length === 0 ? pascal : pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** A string literal every C-family language here reads the same way (JSON's escaping). */
export function stringLiteral(text: string): string {
  return JSON.stringify(text);
}
