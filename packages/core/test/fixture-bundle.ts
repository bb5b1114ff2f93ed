import { type LocaleBundle, statusClasses, statusCodes, uiTextKeys } from '@http-status-i18n/core';

/**
 * A complete bundle whose every text names its locale and field, so a test can tell which
 * locale and which fallback a text came from. Real locale packages are tested in their own
 * packages (core cannot depend on them).
 */
export function fixtureBundle(locale: string, direction: 'ltr' | 'rtl' = 'ltr'): LocaleBundle {
  const classes = Object.fromEntries(
    statusClasses.map((statusClass) => [
      statusClass,
      {
        name: `${locale} ${statusClass} name`,
        description: `${locale} ${statusClass} description`,
        message: `${locale} ${statusClass} message {{code}}`,
      },
    ]),
  );
  const statuses = Object.fromEntries(
    statusCodes.map((code) => [
      code,
      {
        name: `${locale} ${code} name`,
        summary: `${locale} ${code} summary`,
        description: `${locale} ${code} description`,
        message: `${locale} ${code} message`,
      },
    ]),
  );
  const ui = {
    ...Object.fromEntries(uiTextKeys.map((key) => [key, `${locale} ui ${key}`])),
    unknown: `${locale} unknown {{code}}`,
    unknownMessage: `${locale} unknown message {{code}}`,
  };
  return { locale, name: `${locale} name`, direction, classes, ui, statuses } as LocaleBundle;
}
