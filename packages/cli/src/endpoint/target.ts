import { isIP } from 'node:net';
import { UsageError } from '../usage-error.js';

/** True for addresses of this machine: 127.0.0.0/8, ::1 (also IPv4-mapped) and the name localhost. */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || /^::ffff:127\./.test(host) || /^::ffff:7f[0-9a-f]{2}:/.test(host);
  return false;
}

/**
 * The endpoint to send to. It must be on this machine unless `allowRemote` is given by name: these commands send
 * bursts and huge bodies, so pointing them elsewhere has to be a deliberate choice, never a default.
 */
export function targetUrl(value: string | undefined, allowRemote: boolean, command: string, flag = 'url'): URL {
  if (value === undefined) throw new UsageError(`name the endpoint: --${flag} http://127.0.0.1:3000/webhooks`, command);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${flag} must be an absolute http(s) URL, got "${value}"`, command);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--${flag} must be an http or https URL, got "${url.protocol}"`, command);
  if (url.username || url.password) throw new UsageError(`--${flag} must not carry credentials`, command);
  if (!allowRemote && !isLoopback(url.hostname)) {
    throw new UsageError(
      `--${flag} ${url.host} is not on this machine (127.0.0.1, ::1, localhost); pass --allow-remote to send to your own remote endpoint`,
      command,
    );
  }
  return url;
}
