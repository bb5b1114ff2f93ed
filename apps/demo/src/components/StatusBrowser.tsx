import { getStatus, statusClasses, statusCodes } from '@http-status-i18n/core';
import { statusMessage } from '@http-status-i18n/i18next';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../hydrated';
import { Interpolated, Typed } from './Interpolated';
import { Link } from './Link';

/** Every code, grouped by class, searchable in the current language. */
export function StatusBrowser() {
  const { t, i18n } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const hydrated = useHydrated();
  const deferredQuery = useDeferredValue(query);
  const language = i18n.resolvedLanguage ?? i18n.language;

  const entries = useMemo(
    () =>
      statusCodes.map((code) => {
        const name = statusMessage(i18n, code, 'name');
        const summary = statusMessage(i18n, code, 'summary');
        const haystack = `${code} ${name} ${summary} ${getStatus(code).phrase}`.toLocaleLowerCase(
          language,
        );
        return { code, name, summary, haystack };
      }),
    [i18n, language],
  );
  const needle = deferredQuery.trim().toLocaleLowerCase(language);
  const shown = needle ? entries.filter((entry) => entry.haystack.includes(needle)) : entries;

  return (
    <section aria-labelledby="browse-heading" className="browser">
      <h2 id="browse-heading">{t('ui.browse')}</h2>
      <label htmlFor={searchId} className="search-label">
        {t('ui.search')}
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        disabled={!hydrated}
        onChange={(event) => setQuery(event.target.value)}
      />
      {shown.length === 0 && (
        <p role="status">
          <Interpolated i18nKey="ui.noResults" values={{ query: <Typed text={deferredQuery} /> }} />
        </p>
      )}
      {statusClasses.map((statusClass) => {
        const inClass = shown.filter((entry) => getStatus(entry.code).class === statusClass);
        if (inClass.length === 0) return null;
        return (
          <section
            key={statusClass}
            aria-labelledby={`class-${statusClass}`}
            className="status-class"
          >
            <h3 id={`class-${statusClass}`}>
              {statusClass} · {t(`class.${statusClass}.name`)}
            </h3>
            <ul>
              {inClass.map((entry) => (
                <li key={entry.code}>
                  <Link href={`/${language}/${entry.code}`}>
                    <span className="code">{entry.code}</span>{' '}
                    <span className="name">{entry.name}</span>
                  </Link>
                  <span className="summary">{entry.summary}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
