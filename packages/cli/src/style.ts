import type { Io } from './io.js';

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

/** ANSI colours when `io` is a terminal, plain text otherwise (pipes, files, CI logs, NO_COLOR). */
export function style(io: Io): Record<keyof typeof CODES, (text: string) => string> {
  return Object.fromEntries(
    Object.entries(CODES).map(([name, code]) => [name, (text: string) => (io.isTTY ? `\u001b[${code}m${text}\u001b[0m` : text)]),
  ) as Record<keyof typeof CODES, (text: string) => string>;
}
