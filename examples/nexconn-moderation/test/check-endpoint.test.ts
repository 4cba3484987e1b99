import { endpointCheck } from '@chat-webhooks/example-scenarios';
import { expect } from 'vitest';
import { createApp } from '../src/app.js';

// Nexconn signs nothing: the app authenticates by source address, here this machine's; a pre-messaging decision in time.
endpointCheck('Nexconn moderation', 'nexconn', undefined, () => createApp({ allowSourceIps: ['127.0.0.1'], onError: () => {} }), {
  summary: 'ready: 6 passed, 0 failed, 4 skipped',
  also: ({ stdout, stderr }) => {
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^PASS decision +.*\w+_channel:pre_messaging: \{"pass":\d.*\} in \d+ ms \(deadline 5000 ms\)$/m);
    expect(stdout).toContain('Nexconn documents no signature scheme: deliveries are sent unsigned');
  },
});
