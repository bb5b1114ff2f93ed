import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createTranslator } from '@http-status-i18n/core';
import ar from '@http-status-i18n/locale-ar';
import de from '@http-status-i18n/locale-de';
import en from '@http-status-i18n/locale-en';
import es from '@http-status-i18n/locale-es';
import fr from '@http-status-i18n/locale-fr';
import ja from '@http-status-i18n/locale-ja';
import ko from '@http-status-i18n/locale-ko';
import ptBR from '@http-status-i18n/locale-pt-br';
import zhCN from '@http-status-i18n/locale-zh-cn';
import zhTW from '@http-status-i18n/locale-zh-tw';
import { sendProblemDetails, withProblemDetails } from '@http-status-i18n/server/node';

export const translator = createTranslator({
  locales: [en, zhCN, zhTW, ja, ko, es, fr, de, ptBR, ar],
});

const STATUS_PATH = /^\/status\/([^/]*)$/;
const ALLOWED = ['GET', 'HEAD', 'OPTIONS'];

/** Browsers (the demo's playground on another port) may call it and read what it answers with. */
function setCrossOriginHeaders(response: ServerResponse): void {
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader(
    'access-control-expose-headers',
    'Content-Language, Retry-After, Allow, WWW-Authenticate',
  );
  // Every answer is made for this request; a cache must not hand it to the next one.
  response.setHeader('cache-control', 'no-store');
}

/** A 400 naming the wrong parameter in RFC 9457's `invalid-params` shape (§3, its example). */
function invalidParameter(
  request: IncomingMessage,
  response: ServerResponse,
  name: string,
  reason: string,
): void {
  sendProblemDetails(request, response, 400, {
    translator,
    extensions: { 'invalid-params': [{ name, reason }] },
  });
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  setCrossOriginHeaders(response);
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = STATUS_PATH.exec(url.pathname);
  if (url.pathname === '/' && (request.method === 'GET' || request.method === 'HEAD')) {
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify({
        endpoints: ['GET /status/{code}?retryAfter={seconds}'],
        locales: translator.locales,
      }),
    );
    return;
  }
  if (match === null) {
    sendProblemDetails(request, response, 404, { translator });
    return;
  }
  if (request.method === 'OPTIONS') {
    response.setHeader('access-control-allow-methods', 'GET, HEAD');
    response.setHeader('access-control-allow-headers', 'Accept-Language');
    response.setHeader('allow', ALLOWED.join(', '));
    response.statusCode = 204;
    response.end();
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendProblemDetails(request, response, 405, { translator, allow: ALLOWED });
    return;
  }

  const given = match[1] ?? '';
  const code = /^\d{3}$/.test(given) ? Number(given) : Number.NaN;
  // A 1xx is interim: a client would wait for the final response that never comes.
  if (!(code >= 200 && code <= 599)) {
    invalidParameter(request, response, 'code', 'must be a status code from 200 to 599');
    return;
  }
  const retryAfter = url.searchParams.get('retryAfter');
  if (retryAfter !== null && !/^\d{1,10}$/.test(retryAfter)) {
    invalidParameter(request, response, 'retryAfter', 'must be a number of seconds (0–9999999999)');
    return;
  }
  // RFC 9110 §15.5.2: a 401 says how to authenticate.
  if (code === 401) response.setHeader('www-authenticate', 'Bearer realm="http-status-i18n"');
  sendProblemDetails(request, response, code, {
    translator,
    ...(retryAfter === null ? {} : { retryAfter }),
    ...(code === 405 ? { allow: ['GET', 'HEAD'] } : {}),
  });
}

/** The example API as a node:http server, not yet listening. */
export function createApiServer(): Server {
  return createServer(
    withProblemDetails(handle, {
      translator,
      onServerError: (error) => console.error(error),
    }),
  );
}
