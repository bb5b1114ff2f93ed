import { getStatus, statusClasses } from '@http-status-i18n/core';
import { statusMessage } from '@http-status-i18n/i18next';
import type { i18n as I18n } from 'i18next';
import { availableTags, DEFAULT_LOCALE, directionOf, isAvailableLocale } from './locales';
import { pathInLocale, type Route } from './router';
import { fillTemplate } from './template';

/** What a page says about itself in `<head>`: the prerender writes it, the app keeps it current. */
export interface PageHead {
  readonly title: string;
  readonly description: string;
  /** Absolute URL; none for a page that does not exist. */
  readonly canonical?: string;
  /** The same page in every locale, plus `x-default`. */
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[];
}

export const SITE_ORIGIN: string = __SITE_ORIGIN__;

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_ORIGIN).href;
}

/**
 * A code's pages link each other, with the default locale as x-default; the locales' indexes
 * link each other, with `/` (which picks the visitor's language) as x-default.
 */
function alternatesOf(route: Route): PageHead['alternates'] {
  const xDefault = route.page === 'reference' ? pathInLocale(route, DEFAULT_LOCALE) : '/';
  return [
    ...availableTags.map((tag) => ({ hreflang: tag, href: absoluteUrl(pathInLocale(route, tag)) })),
    { hreflang: 'x-default', href: absoluteUrl(xDefault) },
  ];
}

/** The head of a route's page, in the language `i18n` shows. */
export function describePage(
  route: Route,
  i18n: Pick<I18n, 't' | 'exists' | 'language'>,
): PageHead {
  const t = i18n.t as unknown as (key: string, options?: object) => string;
  const direction = directionOf(i18n.language);
  const notFound: PageHead = {
    title: t('ui.notFound'),
    description: t('ui.notFound'),
    alternates: [],
  };
  switch (route.page) {
    case 'home':
    case 'index': {
      if (route.page === 'index' && !isAvailableLocale(route.locale)) return notFound;
      return {
        title: t('ui.backToIndex'),
        description: statusClasses
          .map((statusClass) => `${statusClass} ${t(`class.${statusClass}.name`)}`)
          .join(' · '),
        canonical: absoluteUrl(route.page === 'home' ? '/' : pathInLocale(route, route.locale)),
        alternates: alternatesOf(route),
      };
    }
    case 'reference': {
      const status = getStatus(route.code);
      if (!status || !isAvailableLocale(route.locale)) return notFound;
      return {
        title: fillTemplate(
          t('ui.pageTitle', { skipInterpolation: true }),
          { code: status.code, phrase: status.phrase },
          direction,
        ),
        description: statusMessage(i18n, status.code, 'summary'),
        canonical: absoluteUrl(pathInLocale(route, route.locale)),
        alternates: alternatesOf(route),
      };
    }
    case 'not-found':
      return notFound;
  }
}

/** The `<link>` and `<meta>` elements of a head beside `<title>` and the description. */
export function headElements(
  head: PageHead,
): { tag: string; attributes: Record<string, string> }[] {
  if (!head.canonical) return [{ tag: 'meta', attributes: { name: 'robots', content: 'noindex' } }];
  return [
    { tag: 'link', attributes: { rel: 'canonical', href: head.canonical } },
    ...head.alternates.map(({ hreflang, href }) => ({
      tag: 'link',
      attributes: { rel: 'alternate', hreflang, href },
    })),
  ];
}

const OWN_ELEMENTS = 'link[rel="canonical"], link[rel="alternate"][hreflang], meta[name="robots"]';

/** Brings `document.head` in line with the page shown, after a navigation inside the app. */
export function applyHead(head: PageHead) {
  document.title = head.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
  for (const element of document.head.querySelectorAll(OWN_ELEMENTS)) element.remove();
  for (const { tag, attributes } of headElements(head)) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.head.append(element);
  }
}
