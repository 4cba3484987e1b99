import { headerValue } from './header-value.js';
import type { IncomingHeaders } from './types.js';

/** An IP address as a number, with its family: IPv4-mapped IPv6 addresses (`::ffff:1.2.3.4`) count as IPv4. */
interface Address {
  version: 4 | 6;
  value: bigint;
}

const BITS = { 4: 32, 6: 128 } as const;

/** Parses an IPv4 or IPv6 address (no zone, no brackets); undefined when it is not one. */
export function parseAddress(text: string): Address | undefined {
  const ipv4 = parseIpv4(text);
  if (ipv4 !== undefined) return { version: 4, value: ipv4 };
  const ipv6 = parseIpv6(text);
  if (ipv6 === undefined) return undefined;
  // ::ffff:a.b.c.d is how a dual-stack socket reports an IPv4 peer.
  return ipv6 >> 32n === 0xffffn ? { version: 4, value: ipv6 & 0xffffffffn } : { version: 6, value: ipv6 };
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}

function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return undefined;
  let tail = text;
  let ipv4Tail: bigint | undefined;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    ipv4Tail = parseIpv4(text.slice(lastColon + 1));
    if (ipv4Tail === undefined) return undefined;
    tail = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const [head = '', rest] = tail.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const missing = 8 - left.length - right.length;
  if ((rest === undefined && missing !== 0) || (rest !== undefined && missing < 1)) return undefined;
  const all = [...left, ...Array<string>(rest === undefined ? 0 : missing).fill('0'), ...right];
  if (!all.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return undefined;
  const value = all.reduce((sum, group) => (sum << 16n) | BigInt(`0x${group}`), 0n);
  return ipv4Tail === undefined ? value : (value & ~0xffffffffn) | ipv4Tail;
}

/**
 * A test for "is this address in the list": addresses and CIDR blocks (`203.0.113.0/24`, `2001:db8::/32`), IPv4
 * and IPv6. A malformed entry throws at creation, naming it: a typo must not open or close the door silently.
 */
export function createAllowlist(entries: readonly string[]): (address: string) => boolean {
  const blocks = entries.map((entry) => {
    const [host = '', bits, extra] = entry.trim().split('/');
    const address = parseAddress(host);
    const width = address ? BITS[address.version] : 0;
    const prefix = bits === undefined ? width : Number(bits);
    if (!address || extra !== undefined || (bits !== undefined && !/^\d{1,3}$/.test(bits)) || prefix > width) {
      throw new TypeError(`@chat-webhooks/receiver: allowSourceIps has "${entry}", which is not an IPv4 or IPv6 address or CIDR block`);
    }
    const mask = prefix === 0 ? 0n : ((1n << BigInt(prefix)) - 1n) << BigInt(width - prefix);
    return { version: address.version, network: address.value & mask, mask };
  });
  return (text) => {
    const address = parseAddress(text);
    return (
      address !== undefined && blocks.some((block) => block.version === address.version && (address.value & block.mask) === block.network)
    );
  };
}

/**
 * The address a request came from: the peer's, or with `trustProxy` hops of proxies in front, the address the
 * outermost trusted proxy saw (the `trustProxy`-th entry of `X-Forwarded-For` from the right). Undefined when it
 * cannot be known; entries to the left of it are the client's own claims and are never trusted.
 */
export function sourceAddress(remoteAddress: string | undefined, headers: IncomingHeaders, trustProxy: number): string | undefined {
  if (trustProxy === 0) return remoteAddress;
  const forwarded = (headerValue(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded.length >= trustProxy ? forwarded[forwarded.length - trustProxy] : undefined;
}

/** The test `allowSourceIps` asks for, or undefined when every source is accepted. */
export function allowlist(
  facts: { id: string; sourceAddresses?: { addresses: readonly string[] } },
  allow: 'vendor' | readonly string[] | undefined,
): ((address: string) => boolean) | undefined {
  if (allow === undefined) return undefined;
  if (allow === 'vendor') {
    if (!facts.sourceAddresses)
      throw new TypeError(`@chat-webhooks/receiver: ${facts.id} publishes no source addresses; pass your own list to allowSourceIps`);
    return createAllowlist(facts.sourceAddresses.addresses);
  }
  if (!Array.isArray(allow) || allow.length === 0)
    throw new TypeError("@chat-webhooks/receiver: allowSourceIps must be 'vendor' or a non-empty list of addresses and CIDR blocks");
  return createAllowlist(allow);
}
