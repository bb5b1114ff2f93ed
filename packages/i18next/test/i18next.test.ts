import { createTranslator } from '@http-status-i18n/core';
import {
  HttpStatusBackend,
  NAMESPACE,
  statusMessage,
  toResources,
} from '@http-status-i18n/i18next';
import en from '@http-status-i18n/locale-en';
import zhCN from '@http-status-i18n/locale-zh-cn';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';

async function withResources(lng: string) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, fallbackLng: 'en', ns: [NAMESPACE], resources: toResources([en, zhCN]) });
  return i18n;
}

describe('toResources', () => {
  it('puts every text under httpStatus with the documented keys', async () => {
    const i18n = await withResources('zh-CN');
    expect(i18n.t('httpStatus:409.summary')).toBe(zhCN.statuses['409'].summary);
    expect(i18n.t('httpStatus:409.message')).toBe(zhCN.statuses['409'].message);
    expect(i18n.t('httpStatus:class.4xx.name')).toBe(zhCN.classes['4xx'].name);
    expect(i18n.t('httpStatus:ui.related')).toBe(zhCN.ui.related);
    expect(i18n.t('httpStatus:ui.unknown', { code: 999 })).toBe(
      zhCN.ui.unknown.replace('{{code}}', '999'),
    );
    await i18n.changeLanguage('en-GB');
    expect(i18n.t('httpStatus:404.name')).toBe(en.statuses['404'].name);
  });
});

describe('HttpStatusBackend', () => {
  it('loads only the locales i18next asks for, once each', async () => {
    const loadLocale = vi.fn(async (tag: string) => ({ default: tag === 'zh-CN' ? zhCN : en }));
    const i18n = i18next.createInstance().use(HttpStatusBackend);
    await i18n.init({
      lng: 'zh-SG',
      fallbackLng: 'en',
      ns: [NAMESPACE],
      defaultNS: NAMESPACE,
      backend: { loadLocale, locales: ['en', 'zh-CN', 'de', 'ja'] },
    });
    expect(i18n.t('409.summary')).toBe(zhCN.statuses['409'].summary);
    const loaded = loadLocale.mock.calls.map(([tag]) => tag);
    expect(new Set(loaded)).toEqual(new Set(['zh-CN', 'en']));
    expect(loaded).not.toContain('de');
    expect(loaded).not.toContain('ja');
  });

  it('retries a failed load, then lets i18next fall back', async () => {
    const requested: string[] = [];
    const loadLocale = async (tag: string) => {
      requested.push(tag);
      if (tag !== 'en') throw new Error('chunk failed to load');
      return en;
    };
    const i18n = i18next.createInstance().use(HttpStatusBackend);
    await i18n.init({
      lng: 'zh-CN',
      fallbackLng: 'en',
      ns: [NAMESPACE],
      defaultNS: NAMESPACE,
      backend: { loadLocale, locales: ['en', 'zh-CN'] },
      maxRetries: 2,
      retryTimeout: 1,
    });
    expect(i18n.t('404.message')).toBe(en.statuses['404'].message);
    // A failed chunk is worth retrying (a network blip): 1 try and 2 retries for zh-CN.
    expect(requested.filter((tag) => tag === 'zh-CN').length).toBeGreaterThanOrEqual(3);
  });
});

describe('hostile input', () => {
  it('gives i18next its own copies: addResource never reaches the locale package', async () => {
    const i18n = await withResources('en');
    i18n.addResource('en', NAMESPACE, '404.message', 'PWNED');
    expect(i18n.t('httpStatus:404.message')).toBe('PWNED');
    expect(en.statuses['404'].message).not.toBe('PWNED');
    expect((await withResources('en')).t('httpStatus:404.message')).toBe(
      en.statuses['404'].message,
    );
  });

  it('calls i18next back once, even when the callback throws', async () => {
    const backend = new HttpStatusBackend(undefined, { loadLocale: async () => en });
    const callback = vi.fn((_error: unknown, _data: unknown) => {
      throw new Error('thrown by the callback');
    });
    const uncaught = new Promise<unknown>((resolve) => {
      process.once('uncaughtException', resolve);
    });
    backend.read('en', NAMESPACE, callback);
    expect(await uncaught).toMatchObject({ message: 'thrown by the callback' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback.mock.calls[0]?.[0]).toBeNull();
  });

  it.each(['../../etc/passwd', 'en\u0000', '__proto__', 'constructor', '', 'x'.repeat(100)])(
    'never hands the tag %j to loadLocale',
    async (language) => {
      const loadLocale = vi.fn(async () => en);
      const backend = new HttpStatusBackend(undefined, { loadLocale });
      const result = await new Promise((resolve) =>
        backend.read(language, NAMESPACE, (error, data) => resolve({ error, data })),
      );
      expect(loadLocale).not.toHaveBeenCalled();
      expect(result).toEqual({ error: null, data: {} });
    },
  );

  it('loads a well-formed tag in its canonical form', async () => {
    const loadLocale = vi.fn(async () => zhCN);
    const backend = new HttpStatusBackend(undefined, { loadLocale });
    await new Promise((resolve) => backend.read('zh-hans-cn', NAMESPACE, resolve));
    expect(loadLocale).toHaveBeenCalledWith('zh-Hans-CN');
  });

  it('statusMessage passes only well-formed tags to i18next', async () => {
    const i18n = await withResources('zh-CN');
    for (const lng of ['constructor', '__proto__', 'toString', '../x']) {
      expect(statusMessage(i18n, 404, 'message', { lng })).toBeTypeOf('string');
    }
    expect(statusMessage(i18n, 404, 'message', { lng: 'constructor' })).toBe(
      zhCN.statuses['404'].message,
    );
  });
});

describe('statusMessage', () => {
  it('agrees with the core translator for known, class-fallback and unknown codes', async () => {
    const i18n = await withResources('zh-CN');
    const translator = createTranslator({ locales: [en, zhCN] });
    // Junk included on purpose: both must agree even on what the types forbid.
    for (const code of [
      200,
      409,
      '503',
      477,
      599,
      999,
      -1,
      Number.NaN,
      '409abc',
      {},
      null,
    ] as never[]) {
      expect(statusMessage(i18n, code), String(code)).toBe(translator.message(code, 'zh-CN'));
      expect(statusMessage(i18n, code, 'message', { lng: 'en' }), String(code)).toBe(
        translator.message(code, 'en'),
      );
    }
  });

  it('gives each field, with the class text standing in for unknown codes', async () => {
    const i18n = await withResources('en');
    expect(statusMessage(i18n, 409, 'name')).toBe(en.statuses['409'].name);
    expect(statusMessage(i18n, 409, 'description')).toBe(en.statuses['409'].description);
    expect(statusMessage(i18n, 477, 'name')).toBe(en.classes['4xx'].name);
    expect(statusMessage(i18n, 477, 'message')).toContain('477');
    expect(statusMessage(i18n, 1000, 'name')).toBe(en.ui.unknown.replace('{{code}}', '1000'));
  });
});
