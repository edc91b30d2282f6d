import type { OpenAPIV31Document } from '@yilian/contract';
import { PROBLEM_STATUS, problemTypeUri } from '@yilian/contract';

const escape = (s: unknown) =>
  String(s).replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);

/** The API reference page: every operation with its summary and description, rendered here with no CDN. */
export function referenceHtml(doc: OpenAPIV31Document): string {
  const sections = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, raw]) => {
        const op = raw as { operationId: string; summary?: string; description?: string; tags?: string[] };
        return `<section id="${escape(op.operationId)}"><h3><code>${method.toUpperCase()} ${escape(path)}</code></h3>
<p><strong>${escape(op.summary ?? '')}</strong> · <code>${escape(op.operationId)}</code> · ${escape((op.tags ?? []).join(', '))}</p>
${op.description ? `<pre>${escape(op.description)}</pre>` : ''}</section>`;
      }),
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.info.title)}</title>
<style>body{font:15px/1.55 system-ui,sans-serif;margin:0 auto;padding:1.5rem;max-width:60rem;color:#1b1f24}pre{white-space:pre-wrap;background:#f5f7f9;padding:.75rem;border-radius:6px}section{border-top:1px solid #dde3e8;padding:.5rem 0}code{font-size:.95em}</style></head>
<body><h1>${escape(doc.info.title)} <small>v${escape(doc.info.version)}</small></h1>
<p>${escape(doc.info.summary ?? '')}</p><p>The contract: <a href="/openapi.json">/openapi.json</a></p>
${sections.join('\n')}
<section id="problems"><h2>Problems</h2><p>Every refusal is <code>application/problem+json</code> (RFC 9457); its <code>code</code> decides its status. <code>validation_failed</code> is a 400 when a query or header parameter cannot be read.</p>
<table><thead><tr><th>code</th><th>status</th><th>type</th></tr></thead><tbody>
${Object.entries(PROBLEM_STATUS)
  .map(
    ([code, status]) =>
      `<tr><td><code>${escape(code)}</code></td><td>${status}</td><td>${escape(problemTypeUri(code as keyof typeof PROBLEM_STATUS))}</td></tr>`,
  )
  .join('\n')}
</tbody></table></section></body></html>`;
}
