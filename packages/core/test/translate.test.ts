import { createTranslator, type LocaleBundle, statusCodes } from '@http-status-i18n/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureBundle } from './fixture-bundle.js';

const en = fixtureBundle('en');
const zhCN = fixtureBundle('zh-CN');
const zhTW = fixtureBundle('zh-TW');
const ar = fixtureBundle('ar', 'rtl');
const translator = createTranslator({ locales: [en, zhCN, zhTW, ar] });

describe('createTranslator', () => {
  it('gives a known code its texts in the requested locale', () => {
    expect(translator.message(409, 'zh-CN')).toBe('zh-CN 409 message');
    expect(translator.status('409', 'ar')).toEqual({
      code: '409',
      locale: 'ar',
      direction: 'rtl',
      class: '4xx',
      known: true,
      name: 'ar 409 name',
      summary: 'ar 409 summary',
      description: 'ar 409 description',
      message: 'ar 409 message',
    });
    expect(translator.message(409)).toBe('en 409 message');
  });

  it.each([
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['ar-EG', 'ar'],
    ['fr', 'en'],
    ['x-klingon', 'en'],
    ['', 'en'],
    ['not a tag', 'en'],
    ['a'.repeat(10_000), 'en'],
  ])('resolves %s to %s', (tag, expected) => {
    expect(translator.resolveLocale(tag)).toBe(expected);
    expect(translator.message(200, tag)).toBe(`${expected} 200 message`);
  });

  it('serves Traditional Chinese readers Simplified Chinese rather than English when only zh-CN exists', () => {
    const simplifiedOnly = createTranslator({ locales: [en, zhCN] });
    expect(simplifiedOnly.resolveLocale('zh-Hant-HK')).toBe('zh-CN');
    expect(simplifiedOnly.message(409, 'zh-TW')).toBe('zh-CN 409 message');
  });

  it("gives an unknown code in 100–599 its class's text, with the code", () => {
    expect(translator.message(477, 'zh-CN')).toBe('zh-CN 4xx message 477');
    expect(translator.message('477', 'en')).toBe('en 4xx message 477');
    expect(translator.status(299, 'ar')).toMatchObject({
      known: false,
      class: '2xx',
      name: 'ar 2xx name',
      direction: 'rtl',
    });
  });

  it('gives anything else the unknown-status text', () => {
    expect(translator.message(999, 'en')).toBe('en unknown message 999');
    expect(translator.status(42, 'zh-TW')).toMatchObject({
      known: false,
      class: undefined,
      name: 'zh-TW unknown 42',
    });
    expect(translator.message(409.5)).toBe('en unknown message 409.5');
    expect(translator.message(' 409 ')).toBe('en unknown message 409');
    expect(translator.message({ toString: () => '409' } as never)).toBe('en unknown message ?');
    expect(translator.message('{{code}}')).toBe('en unknown message {{code}}');
    expect(translator.message('\u0000\u0007')).toBe('en unknown message ?');
    expect(translator.message('9'.repeat(1000))).toBe(`en unknown message ${'9'.repeat(16)}`);
  });

  it('never throws and always renders text, whatever code and locale it gets', () => {
    const junk = fc.oneof(
      fc.anything({ withBigInt: true }),
      fc.string(),
      fc.integer(),
      fc.double(),
    );
    fc.assert(
      // Junk is exactly what the types forbid and the error path must survive anyway.
      fc.property(junk as fc.Arbitrary<never>, junk as fc.Arbitrary<never>, (code, locale) => {
        const message = translator.message(code, locale);
        const status = translator.status(code, locale);
        return (
          typeof message === 'string' &&
          message.length > 0 &&
          status.message === message &&
          translator.locales.includes(translator.resolveLocale(locale))
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('fills what a partial bundle lacks from the fallback locale', () => {
    const partial = {
      ...fixtureBundle('de'),
      statuses: { 409: { name: 'Konflikt', summary: '', description: 'de 409 description' } },
      ui: { notFound: 'Nicht gefunden' },
    } as unknown as LocaleBundle;
    const withPartial = createTranslator({ locales: [en, partial] });
    expect(withPartial.status(409, 'de')).toMatchObject({
      name: 'Konflikt',
      summary: 'en 409 summary',
      message: 'en 409 message',
      locale: 'de',
    });
    expect(withPartial.message(404, 'de')).toBe('en 404 message');
    expect(withPartial.message(999, 'de')).toBe('en unknown message 999');
  });

  it('takes the fallback locale from the options, and refuses one it does not have', () => {
    const zhFirst = createTranslator({ locales: [en, zhCN], fallbackLocale: 'zh-CN' });
    expect(zhFirst.message(404, 'fr')).toBe('zh-CN 404 message');
    expect(createTranslator({ locales: [zhCN] }).fallbackLocale).toBe('zh-CN');
    expect(() => createTranslator({ locales: [en], fallbackLocale: 'ja' })).toThrow(
      /fallbackLocale "ja"/,
    );
    expect(() => createTranslator({ locales: [] })).toThrow(/at least one locale/);
  });

  it('returns frozen results that cannot corrupt later calls', () => {
    const status = translator.status(404, 'en');
    expect(Object.isFrozen(status)).toBe(true);
    expect(() => {
      (status as { message: string }).message = 'changed';
    }).toThrow(TypeError);
    expect(translator.message(404, 'en')).toBe('en 404 message');
  });

  it('shows an echoed code without half surrogate pairs or bidi controls', () => {
    // 15 letters and an emoji: a cut at 16 UTF-16 units would leave half of the emoji.
    const shown = translator.message(`${'a'.repeat(15)}😀tail`);
    expect(shown).toBe(`en unknown message ${'a'.repeat(15)}😀`);
    expect(() => encodeURIComponent(shown)).not.toThrow();
    expect(translator.message('\ud800abc')).toBe('en unknown message abc');
    expect(translator.message('4\u202e04\u2066x\u2069')).toBe('en unknown message 404x');
  });

  it('refuses, when it is built, a fallback bundle that lacks a text others fall back to', () => {
    const withoutUnknown = { ...fixtureBundle('en'), ui: { ...en.ui, unknownMessage: undefined } };
    expect(() =>
      createTranslator({ locales: [withoutUnknown as unknown as LocaleBundle] }),
    ).toThrow(/fallback locale "en" lacks .*ui\.unknownMessage/);
    const { '4xx': _dropped, ...classes } = en.classes;
    const withoutClass = { ...fixtureBundle('en'), classes };
    expect(() => createTranslator({ locales: [withoutClass as unknown as LocaleBundle] })).toThrow(
      /classes\['4xx'\]\.name, classes\['4xx'\]\.description, classes\['4xx'\]\.message/,
    );
    expect(() =>
      createTranslator({ locales: [en, { ...zhCN, locale: 'not a tag' } as LocaleBundle] }),
    ).toThrow(/locales\[1\] has no valid `locale` tag/);
  });

  it('accepts a fallback that carries only messages, and names what such a fallback lacks', () => {
    const messagesOnly = (bundle: LocaleBundle) => ({
      locale: bundle.locale,
      classes: Object.fromEntries(
        Object.entries(bundle.classes).map(([key, texts]) => [key, { message: texts.message }]),
      ),
      ui: { unknownMessage: bundle.ui.unknownMessage },
      statuses: Object.fromEntries(
        Object.entries(bundle.statuses).map(([key, texts]) => [key, { message: texts.message }]),
      ),
    });
    const light = createTranslator({ locales: [messagesOnly(en), messagesOnly(zhCN)] });
    expect(light.message(409, 'zh-CN')).toBe('zh-CN 409 message');
    expect(light.message(477)).toBe('en 4xx message 477');
    expect(light.status(409)).toMatchObject({
      name: '',
      description: '',
      message: 'en 409 message',
    });
    const { '5xx': _dropped, ...classes } = messagesOnly(en).classes;
    expect(() => createTranslator({ locales: [{ ...messagesOnly(en), classes }] })).toThrow(
      /lacks .*classes\['5xx'\]\.message\. /,
    );
    expect(() => createTranslator({ locales: [{ locale: 'en' }] })).toThrow(/lacks .*statuses/);
  });

  it('joins parts of one locale, whatever odd values they hold', () => {
    const messages = { locale: 'zh-CN', statuses: { 409: { message: '操作冲突' } } };
    const names = { locale: 'zh-cn', statuses: { 409: { name: '冲突' } } };
    const hostile = JSON.parse(
      '{"locale":"zh-CN","statuses":{"__proto__":{"name":"x"},"409":{"name":["no"],"message":7}}}',
    );
    const joined = createTranslator({ locales: [en, messages, names, hostile] });
    expect(joined.locales).toEqual(['en', 'zh-CN']);
    expect(joined.status(409, 'zh-CN')).toMatchObject({
      name: '冲突',
      message: '操作冲突',
      description: 'en 409 description',
      locale: 'zh-CN',
    });
    expect(Object.getPrototypeOf(joined.bundle('zh-CN').statuses)).toBe(Object.prototype);
    expect(Object.isFrozen(joined.bundle('zh-CN'))).toBe(true);
    // One part alone is kept as given.
    expect(createTranslator({ locales: [en, zhCN] }).bundle('zh-CN')).toBe(zhCN);
  });

  it("reads a bundle's locale and direction once, when it is built", () => {
    let reads = 0;
    const counted = { ...fixtureBundle('ar', 'rtl') };
    Object.defineProperty(counted, 'direction', {
      get: () => {
        reads++;
        return 'rtl';
      },
    });
    const built = createTranslator({ locales: [en, counted as LocaleBundle] });
    const readsWhenBuilt = reads;
    for (const code of [404, 477, 999, 'junk']) built.status(code, 'ar');
    expect(reads).toBe(readsWhenBuilt);
    expect(built.status(477, 'ar').direction).toBe('rtl');
  });

  it('gives unknown codes of every class the same texts as before, precompiled', () => {
    const braces = fixtureBundle('en');
    const twice = {
      ...braces,
      classes: {
        ...braces.classes,
        '5xx': { ...braces.classes['5xx'], message: '{{code}} / {{ code }}' },
      },
    };
    const built = createTranslator({ locales: [twice as LocaleBundle] });
    expect(built.message(599.5)).toBe('en unknown message 599.5');
    expect(built.message(555)).toBe('555 / 555');
  });

  describe('after construction', () => {
    afterEach(() => vi.restoreAllMocks());

    it('answers repeated lookups without parsing locale tags again', () => {
      const warm = createTranslator({ locales: [en, zhCN, zhTW] });
      for (const tag of ['zh-CN', 'zh-HK', 'en-GB']) warm.message(200, tag);
      const parse = vi.spyOn(Intl, 'Locale');
      for (let round = 0; round < 50; round++) {
        for (const code of statusCodes) {
          warm.message(code, 'zh-CN');
          warm.message(code, 'zh-HK');
          warm.status(code, 'en-GB');
        }
      }
      expect(parse).not.toHaveBeenCalled();
    });

    it('neither parses nor remembers a tag longer than any language tag', () => {
      const warm = createTranslator({ locales: [en, zhCN] });
      const parse = vi.spyOn(Intl, 'Locale');
      for (let index = 0; index < 100; index++) {
        expect(warm.message(404, `${'x'.repeat(100_000)}${index}`)).toBe('en 404 message');
      }
      expect(parse).not.toHaveBeenCalled();
    });
  });
});
