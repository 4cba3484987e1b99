import { endpointCheck } from '@chat-webhooks/example-scenarios';
import { createNodeServer } from '../src/app.js';

const SECRET = 'hono-example-key';
endpointCheck('Hono', 'talkplus', SECRET, () => createNodeServer(SECRET), { summary: 'ready: 9 passed, 0 failed, 1 skipped' });
