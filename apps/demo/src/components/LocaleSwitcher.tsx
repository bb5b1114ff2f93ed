import { locales } from 'virtual:locales';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../hydrated';
import { rememberLocale } from '../i18n';
import { matchRoute, navigate, pathInLocale, type Route } from '../router';

/** Every locale package of the repository, by its own name. */
export function LocaleSwitcher({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const hydrated = useHydrated();
  const change = (tag: string) => {
    rememberLocale(tag);
    const current = matchRoute(window.location.pathname);
    if (current.page === 'reference' || current.page === 'index')
      navigate(pathInLocale(current, tag));
    void i18n.changeLanguage(tag);
  };
  return (
    <>
      <label className="locale-switcher">
        <span>{t('ui.language')}</span>
        <select
          value={i18n.resolvedLanguage ?? i18n.language}
          disabled={!hydrated}
          onChange={(event) => change(event.target.value)}
        >
          {locales.map((locale) => (
            <option key={locale.tag} value={locale.tag} lang={locale.tag} dir={locale.direction}>
              {locale.name}
            </option>
          ))}
        </select>
      </label>
      {/* Without JavaScript the list cannot switch; the same page in each language can be linked. */}
      <noscript>
        <nav className="locale-links" aria-label={t('ui.language')}>
          {locales.map((locale) => (
            <a
              key={locale.tag}
              href={pathInLocale(route, locale.tag)}
              hrefLang={locale.tag}
              lang={locale.tag}
              dir={locale.direction}
            >
              {locale.name}
            </a>
          ))}
        </nav>
      </noscript>
    </>
  );
}
