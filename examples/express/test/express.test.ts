import { deliveryScenarios } from '@chat-webhooks/example-scenarios';
import { createApp } from '../src/app.js';

const SECRET = 'express-example-key';
deliveryScenarios('Express', 'talkplus', SECRET, () => createApp(SECRET));
