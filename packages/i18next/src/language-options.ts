import { createLocaleMatcher } from '@http-status-i18n/core';

/** The part of i18next's init options that decides which languages it looks up. */
export interface LanguageOptions {
  readonly load: 'currentOnly';
  readonly fallbackLng: (code: string) => string[];
}

/**
 * i18next options that choose a language exactly as core's translator does: spread them into
 * `i18n.init({ ...languageOptions(locales), … })`, with resources or with the backend.
 *
 * i18next alone looks a language up by its own code, then by its language part, then in
 * `fallbackLng`: `zh-Hans-CN` and `zh-SG` find nothing among `zh-CN` and `zh-TW`, and `zh-HK`
 * reaches `zh`. Here the fallback is computed per code with core's matcher (script, then region:
 * `zh-HK` → `zh-TW`, `zh-SG` → `zh-CN`, `pt-PT` → `pt-BR`), and `load: 'currentOnly'` stops
 * i18next from also asking for the bare language, so a backend loads only the locale it needs
 * and the fallback.
 */
export function languageOptions(
  locales: readonly string[],
  fallback: string = locales.includes('en') ? 'en' : (locales[0] ?? 'en'),
): LanguageOptions {
  const match = createLocaleMatcher(locales);
  return {
    load: 'currentOnly',
    fallbackLng: (code: string) => {
      const best = match(code);
      return best === undefined || best === fallback ? [fallback] : [best, fallback];
    },
  };
}
