import { commonStatusCodes, getStatus, type StatusInfo } from '@http-status-i18n/core';
import { statusMessage } from '@http-status-i18n/i18next';
import { StatusMessage } from '@http-status-i18n/react';
import { useTranslation } from 'react-i18next';
import { Interpolated, Typed } from '../components/Interpolated';
import { Link } from '../components/Link';
import { usePageLocale } from '../page-locale';
import { indexPath } from '../router';
import { NotFound, UnknownLocale } from './NotFound';

const STANDING_KEY = {
  standard: 'ui.standingStandard',
  unused: 'ui.standingUnused',
  deprecated: 'ui.standingDeprecated',
  obsolete: 'ui.standingObsolete',
  unofficial: 'ui.standingUnofficial',
} as const;

function sourceLabel(status: StatusInfo): string {
  return 'vendor' in status.source
    ? status.source.vendor
    : `${status.source.title} §${status.source.section}`;
}

/** One code in one locale, in the shape of the source collection's pages. */
export function Reference({ locale, code }: { locale: string; code: string }) {
  const { t, i18n } = useTranslation();
  const status = getStatus(code);
  const knownLocale = usePageLocale(locale);

  if (!knownLocale) return <UnknownLocale locale={locale} />;
  if (!status)
    return (
      <NotFound
        detail={<Interpolated i18nKey="ui.unknown" values={{ code: <Typed text={code} /> }} />}
      />
    );

  const codeLink = (related: number) => (
    <li key={related}>
      <Link href={`/${locale}/${related}`}>
        HTTP {related} · {statusMessage(i18n, related, 'name')}
      </Link>
    </li>
  );

  return (
    <article className="reference" lang={locale}>
      <h1>
        <Interpolated
          i18nKey="ui.pageTitle"
          values={{ code: status.code, phrase: status.phrase }}
        />
      </h1>
      <p className="intro">
        <Interpolated
          i18nKey="ui.intro"
          values={{ code: status.code, className: t(`class.${status.class}.name`) }}
        />
      </p>
      <p className="badges">
        <span className={`badge badge-${status.standing}`}>{t(STANDING_KEY[status.standing])}</span>{' '}
        <span className="spec">
          <span className="spec-label">{t('ui.specification')}</span>{' '}
          {'url' in status.source ? (
            <a href={status.source.url} rel="noreferrer" target="_blank">
              <Interpolated i18nKey="ui.definedBy" values={{ source: sourceLabel(status) }} />
            </a>
          ) : (
            <Interpolated i18nKey="ui.definedBy" values={{ source: sourceLabel(status) }} />
          )}
        </span>
      </p>
      <section aria-labelledby="meaning">
        <h2 id="meaning">{t('ui.meaning')}</h2>
        <StatusMessage as="p" className="status-name" code={status.code} field="name" />
        <StatusMessage as="p" className="summary" code={status.code} field="summary" />
      </section>
      <section aria-labelledby="details">
        <h2 id="details">{t('ui.details')}</h2>
        <StatusMessage as="p" code={status.code} field="description" />
        <blockquote className="user-message">
          <StatusMessage code={status.code} />
        </blockquote>
      </section>
      <section aria-labelledby="related">
        <h2 id="related">{t('ui.related')}</h2>
        <ul>{status.related.map(codeLink)}</ul>
      </section>
      <section aria-labelledby="common">
        <h2 id="common">{t('ui.common')}</h2>
        <ul className="common-codes">{commonStatusCodes.map(codeLink)}</ul>
      </section>
      <p>
        <Link href={indexPath(locale)}>{t('ui.backToIndex')}</Link>
      </p>
    </article>
  );
}
