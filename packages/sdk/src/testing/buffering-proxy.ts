// An HTTP proxy in front of the server that mishandles server-sent events as some hospital gateways do: it holds a
// `text/event-stream` response back, as one that buffers it whole (nothing of it ever arrives), or answers it with
// a page of its own; or (`pass`) forwards it as it comes, counting requests. Every other response passes through.
import { once } from 'node:events';
import type { ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BufferingProxy {
  baseUrl: string;
  /** Requests seen so far. */
  requests: number;
  /** Requests for the stream seen so far. */
  streamRequests: number;
  /** Requests still open to the server (a live stream holds one). */
  readonly openUpstreams: number;
  close(): Promise<void>;
}

export async function startBufferingProxy(
  targetPort: number,
  mode: 'buffer' | 'replace' | 'pass' = 'buffer',
): Promise<BufferingProxy> {
  const upstreams = new Set<ClientRequest>();
  const proxy = {
    requests: 0,
    streamRequests: 0,
    get openUpstreams() {
      return upstreams.size;
    },
  } as BufferingProxy;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    proxy.requests += 1;
    if (req.url?.startsWith('/v1/events/stream')) {
      proxy.streamRequests += 1;
    }
    const upstream = request(
      { host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const isStream = (answer.headers['content-type'] ?? '').startsWith('text/event-stream');
        if (isStream && mode === 'replace') {
          upstream.destroy();
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html>网关登录</html>');
          return;
        }
        if (isStream && mode === 'buffer') {
          // Held for good, as a gateway holds a stream it buffers to the end. Released at the end, the test
          // server's short-lived stream (its lifetime is 1.5 s) once reached a client whose 300 ms fallback timer
          // a loaded CI machine had delayed past it, and the client saw the stream live.
          answer.resume();
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstreams.add(upstream);
    upstream.on('close', () => upstreams.delete(upstream));
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return Object.assign(proxy, {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      for (const upstream of upstreams) {
        upstream.destroy();
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
