import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link';

/** For unknown paths, locales and codes: says what was not found and leads back. */
export function NotFound({ detail }: { detail?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{t('ui.notFound')}</h1>
      {detail && <p>{detail}</p>}
      <p>
        <Link href="/">{t('ui.backToIndex')}</Link>
      </p>
    </section>
  );
}
