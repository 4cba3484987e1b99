import { deliveryScenarios } from '@chat-webhooks/example-scenarios';
import { createApp } from '../src/app.js';

const TOKEN = 'sendbird-example-master-token';
deliveryScenarios('node:http', 'sendbird', TOKEN, () => createApp(TOKEN));
