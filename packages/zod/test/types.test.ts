import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventNames, vendors, type Vendor } from '@chat-webhooks/schemas';
import { typeErrors as compile } from '../../types/test/compile-typescript.js';
import { afterAll, describe, expect, it } from 'vitest';

// The consumer's view: the built package through its exports map, with @chat-webhooks/types beside it, compiled
// with the strictest options the repository uses (exactOptionalPropertyTypes keeps optional apart from undefined).
const tmpDir = join(import.meta.dirname, '.tmp');
afterAll(() => rmSync(tmpDir, { recursive: true, force: true }));

function typeErrors(fileName: string, source: string): string[] {
  mkdirSync(tmpDir, { recursive: true });
  const file = join(tmpDir, fileName);
  writeFileSync(file, source);
  return compile([file], { exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true });
}

const typeName = (name: string) => name.replace(/(?:^|[^a-zA-Z0-9]+)([a-zA-Z0-9])/g, (_match, letter: string) => letter.toUpperCase());
const ids = vendors.map((facts) => facts.id as Vendor);

const header = `import type { z } from 'zod';
import type { WebhookEventMap, SendbirdEvent, TalkplusEvent, NexconnEvent } from '@chat-webhooks/types';
${ids.map((vendor) => `import * as ${vendor} from '@chat-webhooks/zod/${vendor}';`).join('\n')}
/** A compile error unless A and B are assignable to each other. */
export function mutual<A extends B, B extends C, C = A>(): void {}
`;

describe('the generated Zod schemas in a strict TypeScript consumer', () => {
  it("infer, for every event and flavour and for each vendor's union, a type assignable to and from @chat-webhooks/types", () => {
    const lines = ids.flatMap((vendor) => {
      const prefix = vendors.find((facts) => facts.id === vendor)!.typePrefix;
      const perEvent = eventNames(vendor).flatMap((name) =>
        ['', 'Strict'].flatMap((flavour) => {
          const schema = `typeof ${vendor}.${prefix[0]!.toLowerCase()}${prefix.slice(1)}${typeName(name)}Event${flavour}Schema`;
          const ours = `WebhookEventMap[${JSON.stringify(vendor)}][${JSON.stringify(name)}]`;
          return [`mutual<z.output<${schema}>, ${ours}>();`, `mutual<z.input<${schema}>, ${ours}>();`];
        }),
      );
      const union = `${prefix}Event`;
      return [
        ...perEvent,
        `mutual<z.output<typeof ${vendor}.${vendor}EventSchema>, ${union}>();`,
        `mutual<z.output<typeof ${vendor}.${vendor}EventStrictSchema>, ${union}>();`,
      ];
    });
    expect(lines.length).toBeGreaterThan(4 * 72);
    expect(typeErrors('mutual.ts', `${header}${lines.join('\n')}\n`)).toEqual([]);
  });

  it('narrows on the discriminators and keeps optional apart from nullable', () => {
    const source = `${header}
export function handle(payload: unknown): string {
  const event = talkplus.talkplusEventSchema.parse(payload);
  if (event.event === 'member_added') return event.users.map((user) => user.id).join();
  const message = sendbird.sendbirdEventStrictSchema.parse(payload);
  if (message.category === 'group_channel:message_send' && message.type === 'FILE') return message.payload.url ?? '';
  return event.event;
}
`;
    expect(typeErrors('narrowing.ts', source)).toEqual([]);
  });

  it('refuses what the types refuse: another event, a misspelt field, undefined for an optional field', () => {
    const source = `${header}
type MemberAdded = z.output<typeof talkplus.talkplusMemberAddedEventSchema>;
export function wrongEvent(event: MemberAdded): WebhookEventMap['talkplus']['member_left'] { return event; }
export function misspelt(event: MemberAdded): unknown { return event.chanel; }
export const optional: Pick<z.output<typeof talkplus.talkplusMemberSchema>, 'muteExpiresAt'> = { muteExpiresAt: undefined };
`;
    const errors = typeErrors('refused.ts', source);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('"member_left"');
    expect(errors[1]).toContain("Property 'chanel' does not exist");
    expect(errors[2]).toContain('exactOptionalPropertyTypes');
  });
});
