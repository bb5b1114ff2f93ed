import { createTranslator } from '@http-status-i18n/core';
import en from '@http-status-i18n/locale-en';
import { MAX_RETRY_AFTER_SECONDS, problemDetails } from '@http-status-i18n/server';
import { describe, expect, it } from 'vitest';
import { bundles, everyLocale, translator } from './translator.js';

describe('problemDetails', () => {
  it('answers 409 in the negotiated language with RFC 9457 members and headers', () => {
    const problem = problemDetails(409, { translator, acceptLanguage: 'zh-CN,en;q=0.5' });
    expect(problem).toEqual({
      status: 409,
      statusText: 'Conflict',
      locale: 'zh-CN',
      headers: {
        'content-type': 'application/problem+json',
        'content-language': 'zh-CN',
        vary: 'Accept-Language',
      },
      body: {
        type: 'about:blank',
        title: bundles['zh-CN'].statuses['409'].name,
        status: 409,
        detail: bundles['zh-CN'].statuses['409'].message,
      },
    });
  });

  it('keeps the English reason phrase of RFC 9110 for the status line, whatever the language', () => {
    expect(problemDetails(413, { translator, acceptLanguage: 'de' }).statusText).toBe(
      'Content Too Large',
    );
    expect(problemDetails(422, { translator, acceptLanguage: 'ar' }).statusText).toBe(
      'Unprocessable Content',
    );
    // A code the registry lacks has no phrase of its own: the server's default stays.
    expect(problemDetails(477, { translator }).statusText).toBe('');
  });

  it('reads Accept-Language and the method from a Web Request or node-style headers', () => {
    const request = new Request('http://localhost/', { headers: { 'accept-language': 'de-AT' } });
    expect(problemDetails(404, { translator, request }).headers['content-language']).toBe('de');
    const nodeLike = { headers: { 'accept-language': 'zh-Hans-SG' }, method: 'GET' };
    expect(problemDetails(404, { translator, request: nodeLike }).locale).toBe('zh-CN');
    expect(problemDetails(404, { translator, acceptLanguage: ['fr', 'de;q=0.5'] }).locale).toBe(
      'de',
    );
  });

  it('names only one of the translator’s locales in Content-Language', () => {
    for (const header of [
      'x-klingon',
      'de-DE-u-co-phonebk',
      '*',
      '',
      'zh-TW',
      'en\r\nSet-Cookie: a=b',
    ]) {
      const problem = problemDetails(400, { translator, acceptLanguage: header });
      expect(translator.locales).toContain(problem.headers['content-language']);
    }
    expect(problemDetails(400, { translator }).headers['content-language']).toBe('en');
  });

  it('sends no body and no Content-Type for 1xx, 204, 205, 304 and HEAD', () => {
    for (const [code, method] of [
      [103, 'GET'],
      [199, 'GET'],
      [204, 'GET'],
      [205, 'POST'],
      [304, 'GET'],
      [404, 'HEAD'],
      [503, 'head'],
    ] as const) {
      const problem = problemDetails(code, { translator, method, retryAfter: 5 });
      expect(problem.body, `${code} ${method}`).toBeUndefined();
      expect(problem.headers['content-type']).toBeUndefined();
      expect(problem.headers['content-language']).toBeUndefined();
      expect(problem.headers.vary).toBe('Accept-Language');
      expect(problem.headers['retry-after']).toBe('5');
    }
    const head = new Request('http://localhost/', { method: 'HEAD' });
    expect(problemDetails(404, { translator, request: head }).body).toBeUndefined();
  });

  it('refuses codes outside 100–599 and non-integers with a TypeError naming the value', () => {
    for (const code of [99, 600, 999, 0, -404, 404.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => problemDetails(code, { translator }), String(code)).toThrow(
        /problemDetails: the status code must be an integer from 100 to 599/,
      );
    }
    expect(() => problemDetails('404' as never, { translator })).toThrow(/got "404"/);
    expect(() => problemDetails(404, {} as never)).toThrow(/`translator` is required/);
  });

  it('gives unknown codes inside 100–599 their class texts', () => {
    const problem = problemDetails(477, { translator, acceptLanguage: 'de' });
    expect(problem.body?.title).toBe(bundles.de.classes['4xx'].name);
    expect(problem.body?.detail).toContain('477');
    expect(problem.body?.status).toBe(477);
  });

  it('never shows the message or stack of an error in a 5xx', () => {
    const error = Object.assign(new Error('password=hunter2 at db.internal:5432'), {
      expose: true,
    });
    const problem = problemDetails(500, { translator, error });
    const json = JSON.stringify(problem.body);
    expect(json).not.toContain('hunter2');
    expect(json).not.toContain('at ');
    expect(problem.body?.detail).toBe(en.statuses['500'].message);
  });

  it('keeps a 4xx error’s message out too: it is in the developer’s language, not the user’s', () => {
    const exposed = Object.assign(new Error('The field "email" is required.'), {
      status: 400,
      expose: true,
    });
    const problem = problemDetails(400, { translator, acceptLanguage: 'de', error: exposed });
    expect(problem.body?.detail).toBe(bundles.de.statuses['400'].message);
  });

  it('reads what an error says about its response: http-errors headers, body-parser limit', () => {
    const limited = Object.assign(new Error('slow down'), {
      headers: { 'Retry-After': '30', Allow: 'GET, HEAD' },
    });
    const problem = problemDetails(429, { translator, error: limited });
    expect(problem.headers).toMatchObject({ 'retry-after': '30', allow: 'GET, HEAD' });
    expect(problem.body?.detail).toContain('in 30 seconds');
    const tooLarge = Object.assign(new Error('request entity too large'), { limit: 100_000 });
    expect(problemDetails(413, { translator, error: tooLarge }).body?.detail).toContain(
      '100 kilobytes',
    );
    // The options win over the error; a malformed value in an error is dropped, not thrown.
    expect(
      problemDetails(429, { translator, error: limited, retryAfter: 5 }).headers['retry-after'],
    ).toBe('5');
    const malformed = { headers: { 'retry-after': 'soon', allow: 'GET\r\nX: y' }, limit: -1 };
    expect(problemDetails(429, { translator, error: malformed }).headers).toEqual({
      vary: 'Accept-Language',
      'content-type': 'application/problem+json',
      'content-language': 'en',
    });
  });

  it('takes detail, type, instance and extensions as given; refuses to override RFC members', () => {
    const problem = problemDetails(403, {
      translator,
      detail: 'Your plan does not include exports.',
      type: 'https://example.com/problems/plan',
      instance: '/exports/42',
      extensions: { plan: 'free', __proto__: 'kept as data' },
    });
    expect(problem.body).toMatchObject({
      type: 'https://example.com/problems/plan',
      detail: 'Your plan does not include exports.',
      instance: '/exports/42',
      plan: 'free',
    });
    for (const name of ['type', 'title', 'status', 'detail', 'instance']) {
      expect(() => problemDetails(403, { translator, extensions: { [name]: 'x' } })).toThrow(
        new RegExp(`cannot set "${name}"`),
      );
    }
    expect(() => problemDetails(403, { translator, type: 42 as never })).toThrow(
      /`type` must be a string/,
    );
  });
});

describe('context in the message', () => {
  it('states a Retry-After in seconds as a relative time in the user’s language (429, 503)', () => {
    const problem = problemDetails(429, { translator, acceptLanguage: 'de', retryAfter: 120 });
    expect(problem.headers['retry-after']).toBe('120');
    expect(problem.body?.detail).toBe(
      'Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in 2 Minuten erneut.',
    );
    expect(problemDetails(503, { translator, retryAfter: '45' }).body?.detail).toBe(
      'The service is temporarily unavailable. Please try again in 45 seconds.',
    );
    expect(
      problemDetails(503, { translator, acceptLanguage: 'zh-CN', retryAfter: 3 * 3600 }).body
        ?.detail,
    ).toBe('服务暂时不可用，请3小时后再试。');
  });

  it('rounds the wait up, so the user is never told to come back too early', () => {
    expect(problemDetails(429, { translator, retryAfter: 61 }).body?.detail).toContain(
      'in 2 minutes',
    );
    expect(problemDetails(429, { translator, retryAfter: 86_401 }).body?.detail).toContain(
      'in 2 days',
    );
  });

  it('takes an HTTP date or a Date, sends it in IMF-fixdate form and states the wait', () => {
    // Whole days ahead, plus half a day, so the test's own duration cannot change the rounding.
    const date = new Date(Date.now() + 3.5 * 86_400_000);
    const problem = problemDetails(503, {
      translator,
      acceptLanguage: 'ar',
      retryAfter: date.toUTCString(),
    });
    expect(problem.headers['retry-after']).toBe(date.toUTCString());
    expect(problem.body?.detail).toBe(
      'الخدمة غير متاحة مؤقتًا. يُرجى المحاولة مرة أخرى خلال 4 أيام.',
    );
    expect(problemDetails(503, { translator, retryAfter: date }).headers['retry-after']).toBe(
      date.toUTCString(),
    );
  });

  it('keeps the plain message when the date has passed, and the header as given', () => {
    const past = 'Sun, 06 Nov 1994 08:49:37 GMT';
    const problem = problemDetails(429, { translator, retryAfter: past });
    expect(problem.headers['retry-after']).toBe(past);
    expect(problem.body?.detail).toBe(en.statuses['429'].message);
  });

  it('caps Retry-After at 2^31 seconds (RFC 9111 §1.2.2)', () => {
    for (const retryAfter of [2 ** 40, '99999999999999999999999999']) {
      expect(problemDetails(429, { translator, retryAfter }).headers['retry-after']).toBe(
        String(MAX_RETRY_AFTER_SECONDS),
      );
    }
  });

  it('refuses a Retry-After that is neither seconds nor an HTTP date', () => {
    for (const retryAfter of [
      -1,
      1.5,
      Number.NaN,
      'soon',
      '12s',
      new Date(Number.NaN),
      'x'.repeat(1e5),
    ]) {
      expect(() => problemDetails(429, { translator, retryAfter }), String(retryAfter)).toThrow(
        /`retryAfter` must be a number of seconds/,
      );
    }
  });

  it('sends Allow and lists the methods in a 405 message', () => {
    const problem = problemDetails(405, {
      translator,
      acceptLanguage: 'de',
      allow: ['GET', 'HEAD', 'GET'],
    });
    expect(problem.headers.allow).toBe('GET, HEAD');
    expect(problem.body?.detail).toBe(
      'Diese Aktion ist hier nicht verfügbar. Diese Adresse akzeptiert nur Anfragen mit GET und HEAD.',
    );
    // An empty Allow says the resource allows no method (RFC 9110 §10.2.1): no list to state.
    const none = problemDetails(405, { translator, allow: [] });
    expect(none.headers.allow).toBe('');
    expect(none.body?.detail).toBe(en.statuses['405'].message);
  });

  it('refuses methods that are not tokens, so nothing can be smuggled into the header', () => {
    for (const allow of [
      ['GET\r\nX-Evil: 1'],
      ['GET, POST'],
      [''],
      [42],
      'GET',
      new Array(33).fill('GET'),
    ]) {
      expect(() => problemDetails(405, { translator, allow: allow as never })).toThrow(
        /`allow` must be/,
      );
    }
  });

  it('states a 413 limit in the largest whole unit, rounded down', () => {
    expect(problemDetails(413, { translator, limitBytes: 10_000_000 }).body?.detail).toBe(
      'The file or data you sent is too large. The limit is 10 megabytes.',
    );
    expect(
      problemDetails(413, { translator, acceptLanguage: 'de', limitBytes: 1_999_999 }).body?.detail,
    ).toBe(
      'Die gesendete Datei oder Datenmenge ist zu groß. Die Obergrenze liegt bei 1,9 Megabyte.',
    );
    expect(problemDetails(413, { translator, limitBytes: 512 }).body?.detail).toContain(
      '512 bytes',
    );
    expect(() => problemDetails(413, { translator, limitBytes: -1 })).toThrow(/`limitBytes`/);
  });

  it('states the context only on the codes it belongs to', () => {
    const problem = problemDetails(400, {
      translator,
      retryAfter: 60,
      allow: ['GET'],
      limitBytes: 5,
    });
    expect(problem.body?.detail).toBe(en.statuses['400'].message);
    expect(problem.headers).toMatchObject({ 'retry-after': '60', allow: 'GET' });
  });

  it('has the context texts in every locale, with the value in them', () => {
    const translator = everyLocale;
    expect(translator.locales.length).toBeGreaterThanOrEqual(10);
    for (const locale of translator.locales) {
      const wait = problemDetails(429, { translator, acceptLanguage: locale, retryAfter: 30 });
      expect(wait.body?.detail).toContain(
        new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(30, 'second'),
      );
      const allow = problemDetails(405, { translator, acceptLanguage: locale, allow: ['PUT'] });
      expect(allow.body?.detail).toContain('PUT');
      expect(allow.body?.detail).not.toContain('{{');
      const limit = problemDetails(413, { translator, acceptLanguage: locale, limitBytes: 2000 });
      expect(limit.body?.detail).toContain(
        new Intl.NumberFormat(locale, {
          style: 'unit',
          unit: 'kilobyte',
          unitDisplay: 'long',
        }).format(2),
      );
      expect(limit.headers['content-language']).toBe(locale);
    }
  });

  it('falls back to the code’s own message when a locale bundle predates the context texts', () => {
    const { rateLimitedRetry: _dropped, ...olderUi } = bundles.de.ui;
    const older = createTranslator({ locales: [en, { ...bundles.de, ui: olderUi as never }] });
    const problem = problemDetails(429, { translator: older, acceptLanguage: 'de', retryAfter: 9 });
    expect(problem.body?.detail).toBe(bundles.de.statuses['429'].message);
  });
});
