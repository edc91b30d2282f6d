// The stub server of the SDK overhead run: node:http answering every request with the same JSON (the contract's
// Institution example), in its own process so the client's CPU is only the client's.
import { schemaExample } from '@yilian/contract';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const body = JSON.stringify(schemaExample('Institution'));
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.keepAliveTimeout = 60_000;

process.on('message', (message: { id: number; command: { type: 'listen' | 'close' } }) => {
  if (message.command.type === 'close') {
    server.close();
    process.exit(0);
  }
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ id: message.id, value: (server.address() as AddressInfo).port });
  });
});
process.send?.({ id: 0, value: 'ready' });
// Never outlive the bench: when the parent goes, so does this process.
process.on('disconnect', () => process.exit(0));
