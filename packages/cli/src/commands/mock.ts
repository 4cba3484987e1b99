import { parseArgs } from 'node:util';
import { mock, MockValidationError } from '@chat-webhooks/mocks';
import type { Command } from '../command.js';
import { UsageError } from '../usage-error.js';
import { eventArg, vendorArg } from '../vendor-arg.js';

export const mockCommand: Command = {
  name: 'mock',
  summary: 'print valid, seeded payloads of an event',
  help: `Usage: chat-webhooks mock <vendor> <event> [--seed N] [--count N] [--set path=value ...]

Prints realistic payloads that validate. One payload is printed as indented JSON; several as JSON Lines.

Options:
  --seed N          same seed, same payload (default: a fixed seed); payload i uses seed N+i
  --count N         how many payloads (default 1)
  --set path=value  override a property, dot-separated path; the value is JSON when it parses, else a string
                    (repeatable: --set channel.name='"Room 1"' --set channel.memberCount=3)

Examples:
  chat-webhooks mock talkplus member_added
  chat-webhooks mock sendbird open_channel:message_send --count 100 --seed 7 > deliveries.jsonl`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { seed: { type: 'string' }, count: { type: 'string' }, set: { type: 'string', multiple: true } },
    });
    const vendor = vendorArg(positionals[0], 'mock');
    const name = eventArg(vendor, positionals[1], 'mock');
    const seed = integerOption(values.seed, 'seed', 20240101);
    const count = integerOption(values.count, 'count', 1);
    if (count < 1) throw new UsageError('--count must be at least 1', 'mock');
    const overrides = (values.set ?? []).reduce<Record<string, unknown>>((result, assignment) => setPath(result, assignment), {});
    for (let index = 0; index < count; index++) {
      let payload: unknown;
      try {
        payload = mock(vendor, name as never, overrides as never, { seed: seed + index });
      } catch (error) {
        if (error instanceof MockValidationError)
          throw new UsageError(
            error.message.replace('pass { allowInvalid: true } to get it anyway (negative tests)', 'change the --set values'),
            'mock',
          );
        throw error;
      }
      io.out(count === 1 ? `${JSON.stringify(payload, null, 2)}\n` : `${JSON.stringify(payload)}\n`);
    }
    return 0;
  },
};

function integerOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--${name} must be an integer, got "${value}"`, 'mock');
  return Number(value);
}

/** `a.b.c=value` into `{ a: { b: { c: value } } }`, merged into `target`. */
function setPath(target: Record<string, unknown>, assignment: string): Record<string, unknown> {
  const equals = assignment.indexOf('=');
  if (equals <= 0) throw new UsageError(`--set takes path=value, got "${assignment}"`, 'mock');
  const segments = assignment.slice(0, equals).split('.');
  if (segments.some((segment) => segment === '' || segment === '__proto__' || segment === 'constructor' || segment === 'prototype')) {
    throw new UsageError(`--set path "${assignment.slice(0, equals)}" is not a dot-separated property path`, 'mock');
  }
  const raw = assignment.slice(equals + 1);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  let node = target;
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment];
    node = (node[segment] = typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {}) as Record<string, unknown>;
  }
  node[segments.at(-1)!] = value;
  return target;
}
