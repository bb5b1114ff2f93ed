/**
 * React bindings on react-i18next: a status code's localized text as a hook or a component,
 * with the class fallback of `statusMessage` (477 → the 4xx text with 477 in it). Both follow
 * i18next's language and re-render when it changes.
 */
import { NAMESPACE, type StatusField, statusMessage } from '@http-status-i18n/i18next';
import { createElement, type HTMLAttributes, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

export type { StatusField } from '@http-status-i18n/i18next';

export interface UseStatusMessageOptions {
  /** A language other than i18next's current one. */
  readonly lng?: string;
}

/**
 * The text of a status code (`'message'` by default: the end-user message) in the current
 * language. Never throws: a code nobody registered gets its class's text, junk the
 * unknown-status text.
 */
export function useStatusMessage(
  code: unknown,
  field: StatusField = 'message',
  options: UseStatusMessageOptions = {},
): string {
  const { i18n } = useTranslation(NAMESPACE);
  return statusMessage(i18n, code, field, options.lng ? { lng: options.lng } : {});
}

export interface StatusMessageProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The status code: a number, a numeric string, or anything a response gave you. */
  readonly code: unknown;
  /** Which text: `name`, `summary`, `description` or `message` (default). */
  readonly field?: StatusField;
  /** A language other than i18next's current one. */
  readonly lng?: string;
  /** The element to render (default `span`). */
  readonly as?: keyof HTMLElementTagNameMap;
}

/**
 * A status code's text in an element whose `lang` and `dir` are the text's language, so an
 * Arabic message inside an English page reads right to left and is spoken in Arabic.
 */
export function StatusMessage({
  code,
  field = 'message',
  lng,
  as = 'span',
  ...attributes
}: StatusMessageProps): ReactElement {
  const { i18n } = useTranslation(NAMESPACE);
  const text = statusMessage(i18n, code, field, lng ? { lng } : {});
  const language = lng ?? i18n.resolvedLanguage ?? i18n.language;
  return createElement(as, { lang: language, dir: i18n.dir(language), ...attributes }, text);
}
