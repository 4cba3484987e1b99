// Receiver throughput: signed ~1 KB Sendbird deliveries over HTTP on 127.0.0.1 through the Node adapter, in memory
// and with each inbox, against a bare node:http server that only parses JSON. Each contender is a process of its
// own; this process is the client (keep-alive, fixed concurrency). Rounds interleave the contenders; the table
// gives medians and the ratio to the bare server. Run: `npx tsx receiver.ts` (after `npm run build`; redis-server).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mock } from '@chat-webhooks/mocks';
import { sign } from '@chat-webhooks/verify';

const SECRET = 'bench-master-api-token';
const SECONDS = Number(process.env.SECONDS ?? 4);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const MODES = (process.env.MODES ?? 'bare,memory,sqlite,redis').split(',');

// Distinct bodies (a retry of the same bytes would be answered as a duplicate), about 1 KB each.
const bodies = Array.from({ length: 200_000 }, (_, index) => {
  const body = JSON.stringify(
    mock(
      'sendbird',
      'group_channel:message_send',
      { type: 'MESG', payload: { message_id: 5_000_000_000 + index, message: 'x'.repeat(400) } },
      { seed: index % 50 },
    ),
  );
  return { body, signature: sign('sendbird', body, SECRET) };
});
let next = 0;

function start(mode: string, env: Record<string, string>): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [new URL('./receiver/server.mjs', import.meta.url).pathname], {
    env: { ...process.env, ...env, MODE: mode, SECRET },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve({ port: Number(chunk.toString().trim()), child }));
    child.once('exit', (code) => reject(new Error(`${mode} exited (${code})`)));
  });
}

async function load(port: number): Promise<{ perSecond: number; non2xx: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const until = Date.now() + SECONDS * 1000;
  let done = 0;
  let non2xx = 0;
  const post = () =>
    new Promise<void>((resolve, reject) => {
      const { body, signature } = bodies[next++ % bodies.length]!;
      const req = request(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'x-sendbird-signature': signature },
        },
        (res) => {
          if ((res.statusCode ?? 0) >= 300) non2xx += 1;
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        await post();
        done += 1;
      }
    }),
  );
  agent.destroy();
  return { perSecond: done / SECONDS, non2xx };
}

const dir = mkdtempSync(join(tmpdir(), 'bench-receiver-'));
let redis: ChildProcess | undefined;
const env: Record<string, string> = { DB: join(dir, 'inbox.db') };
if (MODES.includes('redis')) {
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new Error('redis-server is needed (apt-get install redis-server)');
  const port = String(20000 + (process.pid % 20000));
  redis = spawn('redis-server', ['--port', port, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  env.REDIS_PORT = port;
}
const servers = new Map<string, { port: number; child: ChildProcess }>();
for (const mode of MODES) servers.set(mode, await start(mode, env));
const results = new Map<string, number[]>(MODES.map((mode) => [mode, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of MODES) {
      const { perSecond, non2xx } = await load(servers.get(mode)!.port);
      if (non2xx > 0) throw new Error(`${mode}: ${non2xx} answers were not 2xx`);
      results.get(mode)!.push(perSecond);
    }
  }
} finally {
  for (const { child } of servers.values()) child.kill('SIGTERM');
  redis?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const bareRate = median(results.get('bare') ?? [NaN]);
const labels: Record<string, string> = {
  bare: 'bare node:http + JSON.parse',
  memory: 'receiver, handlers in memory',
  sqlite: 'receiver + SQLite inbox (WAL, synchronous FULL)',
  redis: 'receiver + Redis inbox (BullMQ)',
};
console.log(`| server | deliveries/s (median of ${ROUNDS}) | of the bare server |\n|---|---:|---:|`);
for (const mode of MODES) {
  const rate = median(results.get(mode)!);
  console.log(`| ${labels[mode] ?? mode} | ${Math.round(rate).toLocaleString('en-US')} | ${(rate / bareRate).toFixed(2)} |`);
}
