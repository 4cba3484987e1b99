/** A string literal every C-family language here reads the same way (JSON's escaping). */
export function stringLiteral(text: string): string {
  return JSON.stringify(text);
}
