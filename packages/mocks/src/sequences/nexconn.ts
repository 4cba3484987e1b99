import type { NexconnOpenChannelOperationEvent } from '@chat-webhooks/types/nexconn';
import { fillHint } from '../core/hints.js';
import { createRandom } from '../core/random.js';
import type { SequenceOptions } from '../core/sequence-options.js';
import { DEFAULT_SEED } from '../core/types.js';
import { nexconnMocks as mocks } from '../generated/nexconn.js';

/** A Nexconn open channel's life: created, users join, one leaves, the channel is destroyed (operation types 0 to 3). */
export function nexconnSequence({ seed = DEFAULT_SEED }: SequenceOptions = {}): NexconnOpenChannelOperationEvent[] {
  const random = createRandom(`${seed}:nexconn`);
  const channelId = String(fillHint('channel-id', random));
  const users = [String(fillHint('user-id', random)), String(fillHint('user-id', random))];
  const start = Number(fillHint('unix-ms', random));
  const steps: [operationType: 0 | 1 | 2 | 3, userIds: string[]][] = [[0, []], [1, users], [2, users.slice(1)], [3, []]];
  return steps.map(([operationType, userIds], index) => {
    const time = start + index * 30_000;
    return mocks['open_channel:operation'](
      { time, data: [{ channelId, userIds, operationType, status: 0, time }] },
      { seed: `${seed}:operation-${index}` },
    );
  });
}
