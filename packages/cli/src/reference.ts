/**
 * What each command shows, as plain data in the chosen locale: the renderers (text, JSON) only
 * lay it out. The shapes are the documented `--json` output.
 */
import {
  commonStatusCodes,
  getStatus,
  interpolate,
  type Standing,
  type StatusClass,
  type StatusSource,
  statusClasses,
  statusCodes,
  type TextDirection,
  type Translator,
} from '@http-status-i18n/core';

/** One code in a list: related codes, a class's codes, search results. */
export interface CodeEntry {
  readonly code: number;
  readonly class: StatusClass;
  /** The canonical English reason phrase. */
  readonly phrase: string;
  readonly name: string;
  readonly summary: string;
  readonly standing: Standing;
}

interface InLocale {
  readonly locale: string;
  readonly direction: TextDirection;
}

/** `http-status <code>`: the reference page of one code. */
export interface StatusPage extends InLocale {
  readonly kind: 'status';
  /** The code as a number; `null` when the input was not three digits. */
  readonly code: number | null;
  /** `false` for a code the registry does not know: its texts are its class's, or generic. */
  readonly known: boolean;
  readonly class: StatusClass | null;
  readonly phrase: string | null;
  readonly standing: Standing | null;
  readonly source: StatusSource | null;
  readonly title: string;
  readonly intro: string | null;
  readonly name: string;
  readonly summary: string;
  /** For developers. */
  readonly description: string;
  /** For end users. */
  readonly message: string;
  readonly related: readonly CodeEntry[];
  readonly common: readonly CodeEntry[];
}

/** A class and its known codes. */
export interface ClassSection {
  readonly class: StatusClass;
  readonly name: string;
  readonly description: string;
  readonly codes: readonly CodeEntry[];
}

/** `http-status 4xx`. */
export interface ClassPage extends InLocale, ClassSection {
  readonly kind: 'class';
}

/** `http-status list`: every class with its codes. */
export interface CodeList extends InLocale {
  readonly kind: 'list';
  readonly classes: readonly ClassSection[];
}

/** `http-status search <words>`. */
export interface SearchResults extends InLocale {
  readonly kind: 'search';
  readonly query: string;
  readonly codes: readonly CodeEntry[];
}

export type Reference = StatusPage | ClassPage | CodeList | SearchResults;

/** The three-digit forms a code is typed in; anything else is not a number to show. */
const THREE_DIGITS = /^[1-9]\d\d$/;

export function codeEntry(translator: Translator, code: number, locale: string): CodeEntry {
  const status = getStatus(code);
  const texts = translator.status(code, locale);
  return {
    code,
    class: texts.class ?? '5xx',
    phrase: status?.phrase ?? '',
    name: texts.name,
    summary: texts.summary,
    standing: status?.standing ?? 'unofficial',
  };
}

function inLocale(translator: Translator, locale: string): InLocale {
  return { locale, direction: translator.bundle(locale).direction };
}

export function statusPage(translator: Translator, input: string, locale: string): StatusPage {
  const texts = translator.status(input, locale);
  const { ui, classes } = translator.bundle(locale);
  const status = getStatus(input);
  const code = THREE_DIGITS.test(input) ? Number(input) : null;
  const others = commonStatusCodes.filter((common) => common !== status?.code);
  return {
    kind: 'status',
    ...inLocale(translator, locale),
    code,
    known: status !== undefined,
    class: texts.class ?? null,
    phrase: status?.phrase ?? null,
    standing: status?.standing ?? null,
    source: status?.source ?? null,
    title: status
      ? interpolate(ui.pageTitle, { code: input, phrase: status.phrase })
      : interpolate(ui.unknown, { code: texts.code }),
    intro: status
      ? interpolate(ui.intro, { code: input, className: classes[status.class].name })
      : null,
    name: texts.name,
    summary: texts.summary,
    description: texts.description,
    message: texts.message,
    related: (status?.related ?? []).map((related) => codeEntry(translator, related, locale)),
    common: others.map((common) => codeEntry(translator, common, locale)),
  };
}

function classSection(
  translator: Translator,
  statusClass: StatusClass,
  locale: string,
): ClassSection {
  const texts = translator.bundle(locale).classes[statusClass];
  return {
    class: statusClass,
    name: texts.name,
    description: texts.description,
    codes: allCodes(translator, locale).filter((entry) => entry.class === statusClass),
  };
}

export function classPage(
  translator: Translator,
  statusClass: StatusClass,
  locale: string,
): ClassPage {
  return {
    kind: 'class',
    ...inLocale(translator, locale),
    ...classSection(translator, statusClass, locale),
  };
}

function allCodes(translator: Translator, locale: string): CodeEntry[] {
  return statusCodes.map((code) => codeEntry(translator, code, locale));
}

export function codeList(translator: Translator, locale: string): CodeList {
  return {
    kind: 'list',
    ...inLocale(translator, locale),
    classes: statusClasses.map((statusClass) => classSection(translator, statusClass, locale)),
  };
}

/**
 * Text as it is compared: compatibility forms folded (fullwidth `ＯＫ` is `ok`), case ignored,
 * format characters (the isolates of Arabic texts) removed.
 */
const searchable = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{Cf}/gu, '');

/** The distinct words of a query, as compared; none for a query of only spaces or controls. */
export function searchWords(query: string): string[] {
  return [
    ...new Set(
      searchable(query)
        .replace(/\p{Cc}/gu, ' ')
        .split(/\s+/u)
        .filter(Boolean),
    ),
  ];
}

/**
 * Codes whose localized name or summary, or English phrase, contains every word of the query;
 * a word of digits also matches the codes it begins (`40` finds 400–408).
 */
export function search(translator: Translator, query: string, locale: string): SearchResults {
  const words = searchWords(query);
  const codes = allCodes(translator, locale).filter((entry) => {
    const haystack = searchable(`${entry.name}\n${entry.summary}\n${entry.phrase}`);
    const code = String(entry.code);
    return words.every((word) => code.startsWith(word) || haystack.includes(word));
  });
  return { kind: 'search', ...inLocale(translator, locale), query, codes };
}
