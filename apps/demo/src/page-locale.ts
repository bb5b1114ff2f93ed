import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isAvailableLocale } from './locales';

/**
 * A page whose URL names its locale (`/zh-CN/…`) shows that locale: switches the app to it when
 * it is known. Returns whether it is.
 */
export function usePageLocale(locale: string): boolean {
  const { i18n } = useTranslation();
  const known = isAvailableLocale(locale);
  useEffect(() => {
    if (known && i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [i18n, locale, known]);
  return known;
}
