import net from 'node:net';

/** The names express's `trust proxy` (proxy-addr) knows for address ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * The `trust proxy` setting from TRUST_PROXY: unset (no proxy: the connection's address is the
 * client's), a hop count (`1`: the last X-Forwarded-For entry, written by the one proxy in front), or
 * the proxies' addresses and CIDRs (`10.0.0.5, 10.1.0.0/16`). `true` would trust every hop — a client
 * could then write its own X-Forwarded-For, slip past the sign-in limits and put any address in the
 * audit — so it stops the gateway, as does anything unreadable.
 */
export function trustProxySetting(env: NodeJS.ProcessEnv = process.env): false | number | string[] {
  const value = env.TRUST_PROXY?.trim() ?? '';
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') {
    throw new Error(
      'TRUST_PROXY=true trusts every hop, so a client could forge its address; set the number of proxies in front of the gateway (TRUST_PROXY=1) or their addresses (TRUST_PROXY=10.0.0.5,10.1.0.0/16)',
    );
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error(`TRUST_PROXY=${value}: more than 10 proxy hops is not a real deployment`);
    return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const unreadable = entries.filter((entry) => !isAddressOrRange(entry));
  if (unreadable.length) {
    throw new Error(
      `TRUST_PROXY: ${unreadable.map((e) => `"${e}"`).join(', ')} is not a hop count, an IP address, a CIDR or one of ${[...NAMED_RANGES].join(', ')}`,
    );
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  if (!/^\d+$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
