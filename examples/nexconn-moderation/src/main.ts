import { createApp, DEFAULT_BLOCKLIST } from './app.js';

/** A comma-separated list from the environment, or undefined when the variable is unset or empty. */
const list = (value: string | undefined) => {
  const items = value
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  return items === undefined || items.length === 0 ? undefined : items;
};
/** An integer from the environment, or undefined when unset; anything else stops the start with the variable's name. */
const integer = (name: string) => {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/u.test(value)) throw new Error(`${name} must be a whole number, not ${JSON.stringify(value)}`);
  return Number(value);
};

// ALLOW_SOURCE_IPS: unset or "vendor" for Nexconn's published addresses, else addresses and CIDR blocks, comma-separated.
const allowed = list(process.env.ALLOW_SOURCE_IPS);
const allowSourceIps = allowed === undefined || (allowed.length === 1 && allowed[0] === 'vendor') ? 'vendor' : allowed;
const trustProxy = integer('TRUST_PROXY');
const decisionTimeoutMs = integer('DECISION_TIMEOUT_MS');
const port = integer('PORT') ?? 3000;
const host = process.env.HOST || '127.0.0.1';

const { server } = createApp({
  allowSourceIps,
  blocklist: list(process.env.BLOCKLIST) ?? DEFAULT_BLOCKLIST,
  ...(trustProxy === undefined ? {} : { trustProxy }),
  ...(decisionTimeoutMs === undefined ? {} : { decisionTimeoutMs }),
  log: (line) => console.log(line),
});
server.listen(port, host, () => {
  const sources = allowSourceIps === 'vendor' ? "Nexconn's published addresses" : allowSourceIps.join(', ');
  console.log(
    `listening on http://${host}:${port}/webhooks/nexconn; accepting deliveries from ${sources}${trustProxy ? ` (behind ${trustProxy} trusted proxy hop(s))` : ''}`,
  );
});
