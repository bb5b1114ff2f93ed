import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';

/**
 * Endpoints for the request playground, in the dev and preview servers:
 * `GET /api/status/<code>` answers with that status (200–599, registered or not),
 * `GET /api/network-failure` drops the connection without answering.
 * 1xx are interim responses a `fetch` never sees, so they are refused.
 */
const STATUS_PATH = /^\/api\/status\/(\d{3})$/;

function handle(request: IncomingMessage, response: ServerResponse, next: Connect.NextFunction) {
  const url = request.url?.split('?')[0] ?? '';
  if (url === '/api/network-failure') {
    request.socket.destroy();
    return;
  }
  const match = STATUS_PATH.exec(url);
  if (!match) return next();
  const code = Number(match[1]);
  if (code < 200 || code > 599) {
    response
      .writeHead(400, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ error: 'status must be 200–599' }));
    return;
  }
  // 204, 205 and 304 never carry content (RFC 9110 §6.4.1, §15.3.6).
  const body =
    code === 204 || code === 205 || code === 304 ? undefined : JSON.stringify({ status: code });
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (body) headers['Content-Type'] = 'application/json';
  if (code === 429 || code === 503) headers['Retry-After'] = '30';
  if (code === 405) headers.Allow = 'GET, HEAD';
  if (code === 401) headers['WWW-Authenticate'] = 'Bearer realm="demo"';
  // Redirects would be followed by fetch; the playground shows the redirect status itself.
  response.writeHead(code, headers).end(body);
}

export function statusEndpoints(): Plugin {
  return {
    name: 'http-status-i18n:status-endpoints',
    configureServer: (server) => void server.middlewares.use(handle),
    configurePreviewServer: (server) => void server.middlewares.use(handle),
  };
}
