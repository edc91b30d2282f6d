import react from '@vitejs/plugin-react';
import type { Plugin, ProxyOptions } from 'vite';
import { defineConfig } from 'vite';

/** Where the alliance server listens; the portal reaches it through this server's proxy (same origin, no CORS). */
const serverUrl = process.env.YILIAN_SERVER_URL || 'http://127.0.0.1:8787';

/** The strict Content-Security-Policy the production build ships (dev needs React Refresh's inline preamble). */
export const CSP = "default-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'";

/** The paths of the alliance server the portal calls, all proxied to `target`. */
export function allianceProxy(target: string): Record<string, ProxyOptions> {
  const to: ProxyOptions = { target, changeOrigin: false };
  return { '/v1': to, '/dev': to, '/healthz': to };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'yilian-portal-csp',
    apply: 'build',
    // Right after the charset, before anything it governs; a build without it fails rather than ship unprotected.
    transformIndexHtml(html) {
      const withCsp = html.replace(
        /<meta charset="[^"]*"\s*\/?>/i,
        `$&\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
      if (withCsp === html) {
        throw new Error('index.html needs a <meta charset> for the Content-Security-Policy to follow.');
      }
      return withCsp;
    },
  };
}

// No `@yilian/source` condition here: like any customer, the portal uses the built `dist` of @yilian/react and
// @yilian/sdk, through their package exports.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: { sourcemap: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy: allianceProxy(serverUrl) },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true, proxy: allianceProxy(serverUrl) },
});
