import { createTranslator, type LocaleBundle } from '@http-status-i18n/core';
import {
  HttpStatusBackend,
  languageOptions,
  NAMESPACE,
  toResources,
} from '@http-status-i18n/i18next';
import en from '@http-status-i18n/locale-en';
import ptBR from '@http-status-i18n/locale-pt-br';
import zhCN from '@http-status-i18n/locale-zh-cn';
import zhTW from '@http-status-i18n/locale-zh-tw';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';

// Typed as any bundles: these tests pass tags only known at run time (zh-SG, pt-PT …).
const bundles: LocaleBundle[] = [en, zhCN, zhTW, ptBR];
const locales = bundles.map((bundle) => bundle.locale);
const translator = createTranslator({ locales: bundles });

/** What a reader of each language gets, as core's translator decides it. */
const cases = [
  ['zh-Hans-CN', 'zh-CN'],
  ['zh-SG', 'zh-CN'],
  ['zh-HK', 'zh-TW'],
  ['en-GB', 'en'],
  ['pt-PT', 'pt-BR'],
] as const;

describe('languageOptions: i18next picks the locale core would pick', () => {
  it.each(cases)('with resources, %s reads %s', async (lng, expected) => {
    expect(translator.resolveLocale(lng)).toBe(expected);
    const i18n = i18next.createInstance();
    await i18n.init({
      lng,
      ns: [NAMESPACE],
      defaultNS: NAMESPACE,
      resources: toResources(bundles),
      ...languageOptions(locales),
    });
    expect(i18n.t('409.message')).toBe(translator.message(409, lng));
    expect(i18n.t('477.message', { defaultValue: '' })).toBe('');
  });

  it.each(cases)(
    'with the backend, %s reads %s and loads only it and the fallback',
    async (lng, expected) => {
      const byTag = new Map(bundles.map((bundle) => [bundle.locale, bundle]));
      const loadLocale = vi.fn(async (tag: string) => byTag.get(tag) as LocaleBundle);
      const i18n = i18next.createInstance().use(HttpStatusBackend);
      await i18n.init({
        lng,
        ns: [NAMESPACE],
        defaultNS: NAMESPACE,
        backend: { loadLocale, locales },
        ...languageOptions(locales),
      });
      expect(i18n.t('409.message')).toBe(translator.message(409, lng));
      const loaded = loadLocale.mock.calls.map(([tag]) => tag).sort();
      expect(loaded).toEqual([...new Set([expected, 'en'])].sort());
    },
  );
});
