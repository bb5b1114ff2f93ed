/**
 * What every locale's messages.json must contain, derived from the core registry: the single
 * home of codes, fields and interface keys. Imported from source so the tool needs no build.
 */
import {
  canonicalizeLocale,
  classTextFields,
  statusClasses,
  statusCodes,
  statusTextFields,
  uiTextKeys,
} from '../../packages/core/src/index.js';

export { canonicalizeLocale };

/** The codes a locale must have, as the keys of `statuses`. */
export const registryCodes: ReadonlySet<string> = new Set(statusCodes.map(String));

/** Every text a locale must translate, by dotted path, in file order. */
export function expectedTextPaths(): string[] {
  return [
    ...statusClasses.flatMap((statusClass) =>
      classTextFields.map((field) => `classes.${statusClass}.${field}`),
    ),
    ...uiTextKeys.map((key) => `ui.${key}`),
    ...statusCodes.flatMap((code) => statusTextFields.map((field) => `statuses.${code}.${field}`)),
  ];
}

/**
 * The top-level fields besides the texts. `draft: true` marks a locale still being translated:
 * its missing texts fall back to English, the check counts them instead of failing, and the
 * package stays private (unpublished) until the flag is removed.
 */
export const headerFields = ['locale', 'name', 'direction', 'draft'] as const;

/** Placeholders the server fills from a response header, by text path. */
const contextPlaceholders: Readonly<Record<string, readonly string[]>> = {
  'ui.rateLimitedRetry': ['wait'],
  'ui.unavailableRetry': ['wait'],
  'ui.allowedMethods': ['methods'],
  'ui.sizeLimit': ['limit'],
};

/** Placeholders the translator or the server fills, so even the reference locale must have them. */
export function requiredPlaceholders(path: string): string[] {
  if (
    /^classes\.\dxx\.message$/.test(path) ||
    path === 'ui.unknown' ||
    path === 'ui.unknownMessage'
  ) {
    return ['code'];
  }
  return [...(Object.hasOwn(contextPlaceholders, path) ? (contextPlaceholders[path] ?? []) : [])];
}

/** The npm package name of a locale folder. */
export function packageNameOf(tag: string): string {
  return `@http-status-i18n/locale-${tag.toLowerCase()}`;
}

const RTL_SCRIPTS = new Set([
  'Arab',
  'Hebr',
  'Thaa',
  'Syrc',
  'Nkoo',
  'Adlm',
  'Rohg',
  'Mand',
  'Samr',
]);

/** The writing direction of a tag's likely script (Arabic, Hebrew, Thaana … are right-to-left). */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const { script } = new Intl.Locale(tag).maximize();
  return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/** The reference locale: its placeholders are the ones every locale must have. */
export const REFERENCE_LOCALE = 'en';

/** Per-locale list of texts that are rightly the same as English ("OK", "Cache"), with why. */
export const ALLOWLIST_FILE = 'untranslated.json';
