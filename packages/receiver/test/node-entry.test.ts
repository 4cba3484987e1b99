import { mock } from '@chat-webhooks/mocks';
import { describe, expect, it } from 'vitest';
import * as webEntry from '../src/index.js';
import * as nodeEntry from '../src/index.node.js';
import { SECRETS, signedDelivery } from './helpers.js';

describe('node:crypto and Web Crypto twins', () => {
  it('export the same API', () => {
    expect(Object.keys(nodeEntry).sort()).toEqual(Object.keys(webEntry).sort());
  });

  it('accept and refuse the same deliveries, and identify them by the same delivery id', async () => {
    const ids: string[] = [];
    for (const entry of [nodeEntry, webEntry]) {
      const receiver = entry
        .createReceiver({ vendor: 'sendbird', secret: SECRETS.sendbird, awaitHandlers: true })
        .onAny((_event, context) => {
          ids.push(context.deliveryId);
        });
      const delivery = signedDelivery('sendbird', mock('sendbird', 'group_channel:message_send', undefined, { seed: 21 }));
      expect((await receiver.handle(delivery)).status).toBe(200);
      expect((await receiver.handle({ ...delivery, headers: { 'x-sendbird-signature': '0'.repeat(64) } })).status).toBe(401);
    }
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });
});
