import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

/** A path segment that may name a locale, as the not-found pages are named (`404.zh-CN.html`). */
const LOCALE_SEGMENT = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/** A file of the built site, by its URL path, never outside it. */
function siteFile(distDir: string, path: string): string | undefined {
  const file = resolve(distDir, `.${path}`);
  if (!file.startsWith(distDir + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function sendHtml(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  file: string,
) {
  const body = readFileSync(file);
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Serves the prerendered site as a static host would: `/zh-CN/409` is `zh-CN/409.html`,
 * `/zh-CN/` is `zh-CN/index.html`, the other spelling of an existing page redirects to it, and
 * anything else answers 404 with the not-found page of the locale the path names (else English).
 * Assets and the sitemap are left to Vite's static files.
 */
function handle(
  distDir: string,
  request: IncomingMessage,
  response: ServerResponse,
  next: Connect.NextFunction,
) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return next();
  const url = request.url ?? '/';
  const queryAt = url.indexOf('?');
  const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : url.slice(queryAt);
  if (!rawPath.startsWith('/')) return next();
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    // A malformed escape (`/de/%`) names no page.
    path = '';
  }

  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  if (path === '') {
    // Straight to not-found.
  } else if (lastSegment.includes('.')) {
    if (siteFile(distDir, path)) return next();
  } else {
    const page = siteFile(distDir, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
    if (page) return sendHtml(request, response, 200, page);
    const otherSpelling = path.endsWith('/')
      ? path !== '/' && siteFile(distDir, `${path.slice(0, -1)}.html`) && rawPath.slice(0, -1)
      : siteFile(distDir, `${path}/index.html`) && `${rawPath}/`;
    if (otherSpelling) {
      response.writeHead(301, { Location: `${otherSpelling}${query}` }).end();
      return;
    }
  }

  const locale = path.split('/')[1] ?? '';
  const notFound =
    (LOCALE_SEGMENT.test(locale) && siteFile(distDir, `/404.${locale}.html`)) ||
    siteFile(distDir, '/404.html');
  // Without a prerendered site (a plain `vite build`), the app's own fallback answers.
  if (!notFound) return next();
  sendHtml(request, response, 404, notFound);
}

/** `vite preview` (and so `npm run demo`) serves the prerendered pages, and 404 for the rest. */
export function prerenderedSite(): Plugin {
  return {
    name: 'http-status-i18n:prerendered-site',
    configurePreviewServer(server) {
      const distDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, response, next) => handle(distDir, request, response, next));
    },
  };
}
