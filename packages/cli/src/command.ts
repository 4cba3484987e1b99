import type { Io } from './io.js';

/** One subcommand: its help text and what it does. Returns the process exit code. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  run(args: string[], io: Io): Promise<number>;
}
