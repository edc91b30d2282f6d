/**
 * Whether a webhook URL names this machine or a private network by address: the server would otherwise POST
 * signed events to internal services on a tenant's say (SSRF). Hostnames are judged by name only; a public name
 * that resolves to a private address is a deployment's egress firewall's to stop.
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
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  if (host.includes(':')) {
    // IPv4-mapped addresses, which the URL parser writes in hex (`::ffff:a00:1` for 10.0.0.1).
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
    if (mapped) {
      const [hi, lo] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
      return isPrivateWebhookHost(new URL(`http://${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}/`));
    }
    return (
      host === '::' || host === '::1' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host)
    );
  }
  return false;
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
