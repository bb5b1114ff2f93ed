import {
  canonicalizeLocale,
  formatStatusCode,
  getStatus,
  getStatusClass,
} from '@http-status-i18n/core';
import type { i18n as I18n } from 'i18next';
import { NAMESPACE } from './namespace.js';

/** A text of a status code: its name, one-line summary, developer description or user message. */
export type StatusField = 'name' | 'summary' | 'description' | 'message';

/** Which class text stands in for each field when the code itself has no text. */
const CLASS_FIELD = {
  name: 'name',
  summary: 'name',
  description: 'description',
  message: 'message',
} as const;

export interface StatusMessageOptions {
  /** The language; i18next's current language by default. */
  readonly lng?: string;
}

/**
 * A status code's text through i18next, with the class fallback of the core translator: a code
 * the namespace has → its own text; another code in 100–599 → its class's text with the code
 * (`477` → "class.4xx.message"); anything else → `ui.unknown` / `ui.unknownMessage`. Never
 * throws on odd codes.
 */
export function statusMessage(
  i18n: Pick<I18n, 't' | 'exists'>,
  code: unknown,
  field: StatusField = 'message',
  options: StatusMessageOptions = {},
): string {
  const shown = formatStatusCode(code);
  const known = getStatus(code)?.code;
  // Only a well-formed tag, canonical, reaches i18next: `constructor` or `__proto__` as a
  // language makes i18next read its store's prototype. Anything else means the current language.
  const lng = canonicalizeLocale(options?.lng);
  const lookup = { ns: NAMESPACE, code: shown, ...(lng ? { lng } : {}) };
  const t = i18n.t as unknown as (key: string, options: object) => string;
  if (known !== undefined && i18n.exists(`${known}.${field}`, lookup))
    return t(`${known}.${field}`, lookup);
  const statusClass = getStatusClass(code);
  if (statusClass !== undefined) return t(`class.${statusClass}.${CLASS_FIELD[field]}`, lookup);
  return t(
    field === 'message' || field === 'description' ? 'ui.unknownMessage' : 'ui.unknown',
    lookup,
  );
}
