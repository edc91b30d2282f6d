// A loopback TCP proxy in front of the server that can cut the network: refuse new connections, destroy open
// ones, or drop a response after the server has acted on the request.
import { once } from 'node:events';
import type { AddressInfo, Socket } from 'node:net';
import { connect, createServer } from 'node:net';

export interface TcpProxy {
  baseUrl: string;
  /** Destroys every open connection and refuses new ones until `restore`. */
  cut(): void;
  restore(): void;
  /** Forwards the next `count` requests but destroys the connection when the server starts answering. */
  dropResponses(count: number): void;
  /** Connections accepted so far. */
  connections: number;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let offline = false;
  let responsesToDrop = 0;
  const proxy = { connections: 0 } as TcpProxy;
  const server = createServer((client) => {
    proxy.connections += 1;
    if (offline) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    open.add(client).add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      if (responsesToDrop > 0) {
        responsesToDrop -= 1;
        end();
        return;
      }
      client.write(chunk);
    });
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return Object.assign(proxy, {
    baseUrl: `http://127.0.0.1:${port}`,
    cut() {
      offline = true;
      for (const socket of open) {
        socket.destroy();
      }
      open.clear();
    },
    restore() {
      offline = false;
    },
    dropResponses(count: number) {
      responsesToDrop = count;
    },
    async close() {
      this.cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
