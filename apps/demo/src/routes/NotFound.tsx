import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Interpolated, Typed } from '../components/Interpolated';
import { Link } from '../components/Link';
import { indexPath } from '../router';

/** For unknown paths, locales and codes: says what was not found and leads back. */
export function NotFound({ detail }: { detail?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{t('ui.notFound')}</h1>
      {detail && <p>{detail}</p>}
      <p>
        <Link href={indexPath(i18n.resolvedLanguage ?? i18n.language)}>{t('ui.backToIndex')}</Link>
      </p>
    </section>
  );
}

/** A path whose first segment names a locale there is no package for. */
export function UnknownLocale({ locale }: { locale: string }) {
  return (
    <NotFound
      detail={
        <Interpolated i18nKey="ui.unknownLocale" values={{ locale: <Typed text={locale} /> }} />
      }
    />
  );
}
