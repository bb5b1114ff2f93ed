import { locales } from 'virtual:locales';

export const availableTags = locales.map((locale) => locale.tag);
const byTag = new Map(locales.map((locale) => [locale.tag, locale]));

/** The locale of `/` and of `x-default`: the language the app falls back to. */
export const DEFAULT_LOCALE = 'en';

export function isAvailableLocale(tag: string | undefined): tag is string {
  return tag !== undefined && byTag.has(tag);
}

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return byTag.get(tag)?.direction ?? 'ltr';
}

export function loadLocale(tag: string) {
  const locale = byTag.get(tag);
  return locale ? locale.load() : Promise.reject(new Error(`No locale package for ${tag}`));
}
