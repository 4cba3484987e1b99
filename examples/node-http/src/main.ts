import { createApp } from './app.js';

const token = process.env.SENDBIRD_MASTER_API_TOKEN;
if (!token) throw new Error('set SENDBIRD_MASTER_API_TOKEN to your application master API token');
const port = Number(process.env.PORT ?? 3000);
createApp(token).server.listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${port}/webhooks/sendbird`));
