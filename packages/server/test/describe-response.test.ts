import { createServer } from 'node:http';
import { describeResponse, problemDetails } from '@http-status-i18n/server';
import { sendProblemDetails } from '@http-status-i18n/server/node';
import { describe, expect, it } from 'vitest';
import { listen } from './listen.js';
import { bundles, translator } from './translator.js';

const problemJson = (body: unknown, headers: Record<string, string> = {}, status = 429) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

describe('describeResponse', () => {
  it('shows the server’s localized detail when it is in the wanted language', async () => {
    const sent = problemDetails(429, { translator, acceptLanguage: 'de', retryAfter: 120 });
    const response = new Response(JSON.stringify(sent.body), {
      status: sent.status,
      headers: sent.headers,
    });
    const description = await describeResponse(response, translator);
    expect(description).toMatchObject({
      status: 429,
      title: bundles.de.statuses['429'].name,
      message: 'Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in 2 Minuten erneut.',
      locale: 'de',
      fromServer: true,
      problem: sent.body,
    });
    // The caller can still read the body.
    expect(await response.json()).toEqual(sent.body);
  });

  it('uses its own texts when the server answered in another language', async () => {
    const response = problemJson(
      { title: 'Zu viele Anfragen', detail: 'Warten.' },
      {
        'content-language': 'de',
      },
    );
    const description = await describeResponse(response, translator, 'zh-CN');
    expect(description).toMatchObject({
      title: bundles['zh-CN'].statuses['429'].name,
      message: bundles['zh-CN'].statuses['429'].message,
      locale: 'zh-CN',
      fromServer: false,
    });
  });

  it('does not take a language the translator lacks for one it has', async () => {
    const response = problemJson({ detail: 'Riprova più tardi.' }, { 'content-language': 'it' });
    const description = await describeResponse(response, translator);
    expect(description).toMatchObject({
      locale: 'en',
      message: bundles.en.statuses['429'].message,
    });
  });

  it('describes an HTTP/2 response, whose status line has no phrase, by its code', async () => {
    const response = new Response('<html>busy</html>', { status: 503, statusText: '' });
    expect(await describeResponse(response, translator, 'ar')).toMatchObject({
      status: 503,
      statusText: 'Service Unavailable',
      title: bundles.ar.statuses['503'].name,
      message: bundles.ar.statuses['503'].message,
      direction: 'rtl',
      fromServer: false,
    });
  });

  it('tolerates bad JSON, JSON that is not an object, and wrong member types', async () => {
    for (const body of [
      '{"detail": "unterminated',
      '[1,2]',
      'null',
      '"text"',
      '{"detail": 42, "title": {}}',
      '',
    ]) {
      const description = await describeResponse(
        problemJson(body, { 'content-language': 'de' }, 409),
        translator,
      );
      expect(description, body).toMatchObject({
        status: 409,
        message: bundles.de.statuses['409'].message,
        fromServer: false,
      });
    }
  });

  it('does not read a body larger than the bound, whether declared or streamed', async () => {
    const huge = JSON.stringify({ detail: 'x'.repeat(200_000) });
    const declared = await describeResponse(
      problemJson(huge, { 'content-language': 'en', 'content-length': String(huge.length) }),
      translator,
    );
    expect(declared).toMatchObject({
      fromServer: false,
      message: bundles.en.statuses['429'].message,
    });
    expect(declared.problem).toBeUndefined();
    const streamed = new Response(
      new ReadableStream({
        pull(controller) {
          // An endless body: describeResponse must stop at its bound.
          controller.enqueue(new Uint8Array(16_384).fill(0x20));
        },
      }),
      { status: 400, headers: { 'content-type': 'application/problem+json' } },
    );
    expect(
      await describeResponse(streamed, translator, 'en', { maxBodyBytes: 1000 }),
    ).toMatchObject({
      status: 400,
      message: bundles.en.statuses['400'].message,
    });
  });

  it('stops waiting for a body that never ends', async () => {
    const stalled = new Response(new ReadableStream({ start() {} }), {
      status: 502,
      headers: { 'content-type': 'application/problem+json' },
    });
    expect(await describeResponse(stalled, translator, 'en', { timeoutMs: 1 })).toMatchObject({
      status: 502,
      message: bundles.en.statuses['502'].message,
    });
  });

  it('cuts a long detail and removes control characters from it', async () => {
    const response = problemJson(
      { detail: `Line one\r\nSet-Cookie: x\u0000${'y'.repeat(5000)}` },
      { 'content-language': 'en' },
    );
    const { message } = await describeResponse(response, translator);
    expect(message).toMatch(/^Line one Set-Cookie: x y+$/);
    expect(message.length).toBeLessThanOrEqual(2000);
  });

  it('never throws on things that are not responses', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    for (const value of [undefined, null, 42, 'Response', {}, { status: 999 }, hostile]) {
      const description = await describeResponse(value, translator, 'de');
      expect(description).toMatchObject({
        status: 0,
        message: bundles.de.ui.networkError,
        locale: 'de',
        fromServer: false,
      });
    }
    const used = problemJson({ detail: 'gone' }, { 'content-language': 'en' }, 410);
    await used.text();
    expect(await describeResponse(used, translator)).toMatchObject({
      status: 410,
      message: bundles.en.statuses['410'].message,
    });
  });

  it('describes a real response from a server on the wire', async () => {
    const { url, close } = await listen(
      createServer((request, response) =>
        sendProblemDetails(request, response, 503, { translator, retryAfter: 7200 }),
      ),
    );
    try {
      const response = await fetch(url, { headers: { 'accept-language': 'zh-CN' } });
      expect(await describeResponse(response, translator)).toMatchObject({
        status: 503,
        statusText: 'Service Unavailable',
        locale: 'zh-CN',
        message: '服务暂时不可用，请2小时后再试。',
        fromServer: true,
      });
    } finally {
      await close();
    }
  });
});
