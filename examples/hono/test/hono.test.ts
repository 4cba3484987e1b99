import { deliveryScenarios } from '@chat-webhooks/example-scenarios';
import { createNodeServer } from '../src/app.js';

const SECRET = 'hono-example-key';
deliveryScenarios('Hono', 'talkplus', SECRET, () => createNodeServer(SECRET));
