import { createServer, type Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import {
  problemDetailsErrorHandler as expressErrorHandler,
  problemDetailsNotFound as expressNotFound,
} from '@http-status-i18n/server/express';
import { problemDetailsPlugin } from '@http-status-i18n/server/fastify';
import {
  problemDetailsResponse,
  withProblemDetails as withFetchProblemDetails,
} from '@http-status-i18n/server/fetch';
import {
  problemDetailsErrorHandler as honoErrorHandler,
  problemDetailsNotFound as honoNotFound,
} from '@http-status-i18n/server/hono';
import { sendProblemDetails, withProblemDetails } from '@http-status-i18n/server/node';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, readProblem } from './listen.js';
import { bundles, translator } from './translator.js';

const secret = 'connect ECONNREFUSED 10.0.0.7:5432 (password=hunter2)';
let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

/** Starts a node server and returns its URL; the server is closed after the test. */
async function start(server: Parameters<typeof listen>[0]): Promise<string> {
  const { url, close } = await listen(server);
  closeServer = close;
  return url;
}

const zhConflict = {
  status: 409,
  statusText: 'Conflict',
  contentType: 'application/problem+json',
  contentLanguage: 'zh-CN',
  vary: 'Accept-Language',
  body: JSON.stringify({
    type: 'about:blank',
    title: bundles['zh-CN'].statuses['409'].name,
    status: 409,
    detail: bundles['zh-CN'].statuses['409'].message,
  }),
};

/** The checks every adapter passes: a route's code, an internal error, a miss and a HEAD. */
async function checkAdapter(url: string, { wirePhrase = true } = {}) {
  const zh = { 'accept-language': 'zh-CN,en;q=0.8' };
  expect(await readProblem(await fetch(`${url}/conflict`, { headers: zh }))).toEqual(zhConflict);

  const crash = await readProblem(
    await fetch(`${url}/crash`, { headers: { 'accept-language': 'de' } }),
  );
  expect(crash).toMatchObject({
    status: 500,
    statusText: 'Internal Server Error',
    contentLanguage: 'de',
  });
  expect(crash.body).not.toContain('hunter2');
  expect(JSON.parse(crash.body ?? '')).toMatchObject({
    detail: bundles.de.statuses['500'].message,
  });

  const missing = await readProblem(
    await fetch(`${url}/nowhere`, { headers: { 'accept-language': 'ar' } }),
  );
  expect(missing).toMatchObject({ status: 404, statusText: 'Not Found', contentLanguage: 'ar' });
  expect(JSON.parse(missing.body ?? '')).toMatchObject({ title: bundles.ar.statuses['404'].name });

  const head = await readProblem(await fetch(`${url}/nowhere`, { method: 'HEAD' }));
  expect(head).toMatchObject({ status: 404, contentType: null, body: undefined });

  // Node's own phrase for 413 is the obsolete "Payload Too Large"; RFC 9110 renamed it.
  const tooLarge = await fetch(`${url}/too-large`);
  expect(tooLarge.status).toBe(413);
  if (wirePhrase) expect(tooLarge.statusText).toBe('Content Too Large');
  await tooLarge.body?.cancel();
}

describe('node:http', () => {
  it('answers with localized problem details through sendProblemDetails and withProblemDetails', async () => {
    const logged: unknown[] = [];
    const url = await start(
      createServer(
        withProblemDetails(
          async (request, response) => {
            if (request.url === '/conflict')
              return sendProblemDetails(request, response, 409, { translator });
            if (request.url === '/too-large')
              return sendProblemDetails(request, response, 413, { translator });
            if (request.url === '/crash') throw new Error(secret);
            sendProblemDetails(request, response, 404, { translator });
          },
          { translator, onServerError: (error) => logged.push(error) },
        ),
      ),
    );
    await checkAdapter(url);
    expect(logged).toHaveLength(1);
  });

  it('refuses an interim 1xx status and a code node would send as it is', async () => {
    const errors: string[] = [];
    const url = await start(
      createServer((request, response) => {
        for (const code of [103, 999]) {
          try {
            sendProblemDetails(request, response, code, { translator });
          } catch (error) {
            errors.push((error as Error).message);
          }
        }
        sendProblemDetails(request, response, 204, { translator });
      }),
    );
    const response = await fetch(url);
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      204,
      null,
      '',
    ]);
    expect(errors).toEqual([
      expect.stringContaining('103 is an interim (1xx) status'),
      expect.stringContaining('must be an integer from 100 to 599, got 999'),
    ]);
  });
});

describe('Express 5', () => {
  it('answers errors and unmatched routes with localized problem details', async () => {
    const app = express();
    app.get('/conflict', () => {
      throw Object.assign(new Error('Conflict'), { status: 409 });
    });
    app.get('/too-large', () => {
      throw Object.assign(new Error('request entity too large'), {
        status: 413,
        expose: true,
        limit: 1000,
      });
    });
    app.get('/crash', async () => {
      throw new Error(secret);
    });
    app.use(expressNotFound({ translator }));
    app.use(expressErrorHandler({ translator }));
    await checkAdapter(await start(createServer(app)));
  });

  it('states body-parser’s limit in a 413', async () => {
    const app = express();
    app.post('/', express.json({ limit: 2000 }), (_request, response) => void response.end());
    app.use(expressErrorHandler({ translator }));
    const url = await start(createServer(app));
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'de' },
      body: JSON.stringify({ text: 'x'.repeat(5000) }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).detail).toBe(
      'Die gesendete Datei oder Datenmenge ist zu groß. Die Obergrenze liegt bei 2 Kilobyte.',
    );
  });
});

describe('Fastify 5', () => {
  it('answers errors and unmatched routes with localized problem details', async () => {
    const app = Fastify({ logger: false });
    await app.register(problemDetailsPlugin, { translator });
    app.get('/conflict', async () => {
      throw Object.assign(new Error('Conflict'), { statusCode: 409 });
    });
    app.get('/too-large', async () => {
      throw Object.assign(new Error('too large'), { statusCode: 413 });
    });
    app.get('/crash', async () => {
      throw new Error(secret);
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    closeServer = () => app.close();
    const address = app.server.address();
    await checkAdapter(
      `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    );
  });

  it('covers routes registered in encapsulated plugins too', async () => {
    const app = Fastify({ logger: false });
    await app.register(problemDetailsPlugin, { translator });
    await app.register(async (child) => {
      child.get('/child', async () => {
        throw Object.assign(new Error('gone'), { statusCode: 410 });
      });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    closeServer = () => app.close();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const response = await fetch(`http://127.0.0.1:${port}/child`, {
      headers: { 'accept-language': 'de' },
    });
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).title).toBe(bundles.de.statuses['410'].name);
  });
});

describe('Hono 4', () => {
  it('answers errors and unmatched routes with localized problem details', async () => {
    const app = new Hono();
    app.get('/conflict', () => {
      throw new HTTPException(409);
    });
    app.get('/too-large', () => {
      throw new HTTPException(413);
    });
    app.get('/crash', () => {
      throw new Error(secret);
    });
    app.onError(honoErrorHandler({ translator }));
    app.notFound(honoNotFound({ translator }));
    await checkAdapter(await startFetchServer(app.fetch));
  });

  it('answers an HTTPException that carries its own response with that response', async () => {
    const app = new Hono();
    app.get('/', () => {
      throw new HTTPException(401, { res: new Response('sign in', { status: 401 }) });
    });
    app.onError(honoErrorHandler({ translator }));
    const response = await fetch(await startFetchServer(app.fetch));
    expect([response.status, await response.text()]).toEqual([401, 'sign in']);
  });
});

describe('fetch (Request → Response)', () => {
  it('answers with localized problem details through problemDetailsResponse and withProblemDetails', async () => {
    const handler = withFetchProblemDetails(
      async (request: Request) => {
        const { pathname } = new URL(request.url);
        if (pathname === '/conflict') return problemDetailsResponse(409, { translator, request });
        if (pathname === '/too-large') return problemDetailsResponse(413, { translator, request });
        if (pathname === '/crash') throw new Error(secret);
        return problemDetailsResponse(404, { translator, request });
      },
      { translator },
    );
    // The phrase on the wire is the runtime's to write (@hono/node-server writes node's); the
    // Response carries RFC 9110's.
    await checkAdapter(await startFetchServer(handler), { wirePhrase: false });
    expect(problemDetailsResponse(413, { translator }).statusText).toBe('Content Too Large');
  });

  it('refuses a 1xx status, which a Response cannot carry', () => {
    expect(() => problemDetailsResponse(103, { translator })).toThrow(/interim \(1xx\)/);
    expect(() => problemDetailsResponse(600, { translator })).toThrow(/from 100 to 599/);
  });
});

/** Serves a fetch handler (Hono's, a Next.js-style route) on node through @hono/node-server. */
async function startFetchServer(fetchHandler: (request: Request) => Response | Promise<Response>) {
  return start(createAdaptorServer({ fetch: fetchHandler }) as Server);
}
