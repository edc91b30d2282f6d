// `pnpm start`: the main job. The reference alliance server and the demo portal arrive with issues #4 and #6;
// until then this serves what exists — the alliance contract and a reference page listing its operations —
// so a fresh clone shows something real at once.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8787);

const generated = spawnSync('pnpm', ['--filter', '@yilian/contract', 'run', 'generate'], {
  stdio: 'inherit',
});
if (generated.status !== 0) {
  process.exit(generated.status ?? 1);
}
const json = await readFile(new URL('../packages/contract/openapi.json', import.meta.url), 'utf8');
const yaml = await readFile(new URL('../packages/contract/openapi.yaml', import.meta.url), 'utf8');
const document = JSON.parse(json);

const escape = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const rows = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(
      ([method, op]) =>
        `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escape(path)}</code></td>` +
        `<td><code>${escape(op.operationId)}</code></td><td>${escape(op.summary ?? '')}</td></tr>`,
    ),
);
const page = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${escape(document.info.title)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}td,th{padding:.25rem .5rem;text-align:left;border-bottom:1px solid #ddd}</style>
<h1>${escape(document.info.title)} <small>v${escape(document.info.version)}</small></h1>
<p>${escape(document.info.summary ?? '')}</p>
<p>Contract: <a href="/openapi.json">openapi.json</a> · <a href="/openapi.yaml">openapi.yaml</a></p>
<table><thead><tr><th>Method</th><th>Path</th><th>operationId</th><th>Summary</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;

const server = createServer((req, res) => {
  const routes = {
    '/': ['text/html; charset=utf-8', page],
    '/openapi.json': ['application/json', json],
    '/openapi.yaml': ['application/yaml; charset=utf-8', yaml],
  };
  const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
  res.writeHead(route ? 200 : 404, { 'content-type': route ? route[0] : 'text/plain' });
  res.end(route ? route[1] : 'not found');
});
server.listen(port, host, () => console.log(`Yilian contract reference: http://${host}:${port}/`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
