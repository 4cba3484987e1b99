import type { Command } from './command.js';
import { captureCommand } from './commands/capture.js';
import { checkEndpointCommand } from './commands/check-endpoint.js';
import { codegenCommand } from './commands/codegen.js';
import { docsCommand } from './commands/docs.js';
import { driftCommand } from './commands/drift.js';
import { eventsCommand } from './commands/events.js';
import { mockCommand } from './commands/mock.js';
import { triggerCommand } from './commands/trigger.js';
import { validateCommand } from './commands/validate.js';
import { processIo, type Io } from './io.js';
import { UsageError } from './usage-error.js';

const COMMANDS: readonly Command[] = [
  eventsCommand,
  validateCommand,
  captureCommand,
  driftCommand,
  mockCommand,
  codegenCommand,
  docsCommand,
  triggerCommand,
  checkEndpointCommand,
];

const HELP = `Usage: chat-webhooks <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(14)} ${command.summary}`).join('\n')}

Run \`chat-webhooks <command> --help\` for a command's options.`;

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. Never throws. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`chat-webhooks: unknown command "${name}"\n\n${HELP}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`chat-webhooks ${command.name}: ${(error as Error).message}\nRun \`chat-webhooks ${command.name} --help\` for usage.\n`);
      return 2;
    }
    io.err(`chat-webhooks ${command.name}: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}
