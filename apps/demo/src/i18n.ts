import { negotiateLocale } from '@http-status-i18n/core';
import { HttpStatusBackend, NAMESPACE } from '@http-status-i18n/i18next';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  availableTags,
  DEFAULT_LOCALE,
  directionOf,
  isAvailableLocale,
  loadLocale,
} from './locales';

const STORAGE_KEY = 'http-status-i18n:locale';

/**
 * An i18next instance showing `lng`, loading each locale's package on demand. The browser and
 * the prerender use the same one, so a prerendered page and its hydration read the same texts.
 */
export function startI18n(
  lng: string,
  onLanguageChanged?: (tag: string) => void,
): { readonly i18n: I18n; readonly ready: Promise<unknown> } {
  const i18n = i18next.createInstance();
  if (onLanguageChanged) i18n.on('languageChanged', onLanguageChanged);
  const ready = i18n
    .use(HttpStatusBackend)
    .use(initReactI18next)
    .init({
      lng,
      // Every locale is complete (the locale check guarantees it), so no fallback locale is
      // loaded beside the one shown.
      fallbackLng: false,
      load: 'currentOnly',
      // The locale's chunk is requested while the entry script runs, not a task later: a
      // prerendered page is readable at once, and its chunk is then already on its way.
      initAsync: false,
      ns: [NAMESPACE],
      defaultNS: NAMESPACE,
      // React escapes text itself.
      interpolation: { escapeValue: false },
      backend: { locales: availableTags, loadLocale },
    });
  return { i18n, ready };
}

/** In the browser: the URL's locale, else the visitor's earlier choice, else the browser's languages. */
export function initialLocale(): string {
  const fromPath = window.location.pathname.split('/')[1];
  if (isAvailableLocale(fromPath)) return fromPath;
  const stored = window.localStorage.getItem(STORAGE_KEY) ?? undefined;
  if (isAvailableLocale(stored)) return stored;
  return negotiateLocale(navigator.languages.join(','), availableTags, DEFAULT_LOCALE);
}

export function reflectOnDocument(tag: string) {
  document.documentElement.lang = tag;
  document.documentElement.dir = directionOf(tag);
}

export function rememberLocale(tag: string) {
  window.localStorage.setItem(STORAGE_KEY, tag);
}
