/**
 * Whether a webhook URL names this machine or a private network by its text: the server would otherwise POST
 * signed events to internal services on a tenant's say (SSRF). The URL parser has already turned decimal, octal
 * and hex IPv4 (`http://2130706433/`) into dotted form. A public name that resolves to a private address passes
 * here: the delivery transport resolves the name and checks every address (`isPrivateAddress`).
 */
export function isPrivateWebhookHost(url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.internal')
  ) {
    return true;
  }
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    const c = Number(v4[3]);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 0 && c === 0) ||
      (a === 192 && b === 168) ||
      (a === 198 && (b === 18 || b === 19)) ||
      // Multicast, reserved and broadcast.
      a >= 224
    );
  }
  if (host.includes(':')) {
    // IPv4-mapped, IPv4-compatible and NAT64 addresses embed an IPv4 address, which the URL parser writes in hex
    // (`::ffff:a00:1` for 10.0.0.1).
    const mapped = /^(?:::ffff:|::|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
    if (mapped) {
      const [hi, lo] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
      return isPrivateWebhookHost(new URL(`http://${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}/`));
    }
    return (
      host === '::' ||
      host === '::1' ||
      /^f[cd][0-9a-f]{0,2}:/.test(host) ||
      /^fe[89ab][0-9a-f]?:/.test(host) ||
      // Multicast, and site-local (deprecated, still routed inside some networks).
      /^ff[0-9a-f]{0,2}:/.test(host) ||
      /^fe[c-f][0-9a-f]?:/.test(host)
    );
  }
  return false;
}

/**
 * Whether an IP address (as a resolver returns it: dotted IPv4 or IPv6 text) is on this machine or a private,
 * link-local, metadata or otherwise non-public network, in any of its forms (mapped, compatible, NAT64).
 * @example isPrivateAddress('169.254.169.254') // true
 */
export function isPrivateAddress(address: string): boolean {
  let url: URL;
  try {
    url = new URL(`http://${address.includes(':') ? `[${address.replace(/%.*$/, '')}]` : address}/`);
  } catch {
    // Not an address the URL parser reads: never connect to it.
    return true;
  }
  return isPrivateWebhookHost(url);
}

/**
 * Whether the server may POST events to this URL: http(s) only, and, unless the deployment allows them (a HIS on
 * the same machine in development), never to this machine or a private network.
 * @param allowPrivate - the server's `allowPrivateWebhookUrls`
 * @example isAllowedWebhookUrl('https://his.example-hospital.cn/yilian/webhook', false) // true
 */
export function isAllowedWebhookUrl(url: string, allowPrivate: boolean): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return /^https?:$/.test(parsed.protocol) && (allowPrivate || !isPrivateWebhookHost(parsed));
}
