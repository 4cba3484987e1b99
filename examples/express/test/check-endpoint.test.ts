import { endpointCheck } from '@chat-webhooks/example-scenarios';
import { createApp } from '../src/app.js';

const SECRET = 'express-example-key';
endpointCheck('Express', 'talkplus', SECRET, () => createApp(SECRET), { summary: 'ready: 9 passed, 0 failed, 1 skipped' });
