import { locales } from 'virtual:locales';
import { useTranslation } from 'react-i18next';
import { rememberLocale } from '../i18n';
import { matchRoute, navigate } from '../router';

/** Every locale package of the repository, by its own name. */
export function LocaleSwitcher() {
  const { t, i18n } = useTranslation();
  const change = (tag: string) => {
    rememberLocale(tag);
    const route = matchRoute(window.location.pathname);
    if (route.page === 'reference') navigate(`/${tag}/${route.code}`);
    void i18n.changeLanguage(tag);
  };
  return (
    <label className="locale-switcher">
      <span>{t('ui.language')}</span>
      <select
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => change(event.target.value)}
      >
        {locales.map((locale) => (
          <option key={locale.tag} value={locale.tag} lang={locale.tag} dir={locale.direction}>
            {locale.name}
          </option>
        ))}
      </select>
    </label>
  );
}
