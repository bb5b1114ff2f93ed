import { locales } from 'virtual:locales';
import { negotiateLocale } from '@http-status-i18n/core';
import { HttpStatusBackend, NAMESPACE } from '@http-status-i18n/i18next';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const availableTags = locales.map((locale) => locale.tag);
const byTag = new Map(locales.map((locale) => [locale.tag, locale]));
const STORAGE_KEY = 'http-status-i18n:locale';

export function isAvailableLocale(tag: string | undefined): tag is string {
  return tag !== undefined && byTag.has(tag);
}

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return byTag.get(tag)?.direction ?? 'ltr';
}

/** The URL's locale, else the visitor's earlier choice, else the browser's languages. */
function initialLocale(): string {
  const fromPath = window.location.pathname.split('/')[1];
  if (isAvailableLocale(fromPath)) return fromPath;
  const stored = window.localStorage.getItem(STORAGE_KEY) ?? undefined;
  if (isAvailableLocale(stored)) return stored;
  return negotiateLocale(navigator.languages.join(','), availableTags, 'en');
}

function reflectOnDocument(tag: string) {
  document.documentElement.lang = tag;
  document.documentElement.dir = directionOf(tag);
}

export function rememberLocale(tag: string) {
  window.localStorage.setItem(STORAGE_KEY, tag);
}

i18next.on('languageChanged', reflectOnDocument);

export const ready = i18next
  .use(HttpStatusBackend)
  .use(initReactI18next)
  .init({
    lng: initialLocale(),
    // Every locale is complete (the locale check guarantees it), so no fallback locale is
    // loaded beside the one shown.
    fallbackLng: false,
    load: 'currentOnly',
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    backend: {
      locales: availableTags,
      loadLocale: (tag: string) => {
        const locale = byTag.get(tag);
        return locale ? locale.load() : Promise.reject(new Error(`No locale package for ${tag}`));
      },
    },
  });

export { i18next };
