import { createNodeServer } from './app.js';

const secret = process.env.TALKPLUS_API_KEY;
if (!secret) throw new Error('set TALKPLUS_API_KEY to your TalkPlus App API key');
const port = Number(process.env.PORT ?? 3000);
createNodeServer(secret).server.listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${port}/webhooks/talkplus`));
