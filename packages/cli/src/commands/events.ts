import { eventNames, getSchema, vendors } from '@chat-webhooks/schemas';
import type { Command } from '../command.js';
import { style } from '../style.js';
import { vendorArg } from '../vendor-arg.js';

export const eventsCommand: Command = {
  name: 'events',
  summary: 'list vendors and their events',
  help: `Usage: chat-webhooks events [vendor]

Lists every vendor (or one) with its events and a one-line description of each.

Examples:
  chat-webhooks events
  chat-webhooks events talkplus`,
  async run(args, io) {
    const chosen = args[0] === undefined ? vendors : [vendors.find((facts) => facts.id === vendorArg(args[0], 'events'))!];
    const { bold, dim } = style(io);
    for (const facts of chosen) {
      io.out(`${bold(facts.name)} ${dim(`(${facts.id}, discriminator "${facts.discriminator}")`)}\n`);
      const names = eventNames(facts.id as never) as readonly string[];
      const width = Math.max(...names.map((name) => name.length));
      for (const name of names)
        io.out(`  ${name.padEnd(width)}  ${firstSentence(String(getSchema(facts.id as never, name as never).description ?? ''))}\n`);
      io.out('\n');
    }
    return 0;
  },
};

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}
