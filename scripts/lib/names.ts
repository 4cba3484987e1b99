/** `open_channel:message_send` -> `OpenChannelMessageSend`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** The generated type name of an event: `<Prefix><EventName>Event`. */
export function eventTypeName(typePrefix: string, eventName: string): string {
  return `${typePrefix}${pascalCase(eventName)}Event`;
}
