import {
  classTextFields,
  type LocaleBundle,
  type StatusTexts,
  type TextDirection,
  type UiTexts,
  uiTextKeys,
} from './locale-bundle.js';
import {
  canonicalizeLocale,
  createLocaleMatcher,
  negotiateWith,
  primaryLanguagesOf,
} from './locale-match.js';
import type { StatusClass } from './registry/types.js';
import { getStatusClass, parseStatusCode, statusClasses } from './status-class.js';
import { type StatusCode, statusCodes } from './status-codes.js';

/** A status code's texts in one locale, with what the translator knew about it. */
export interface LocalizedStatus extends StatusTexts {
  /** The code as given, for display (`"?"` when it was not a number or a string). */
  readonly code: string;
  /** The locale the texts are in (one of the translator's). */
  readonly locale: string;
  readonly direction: TextDirection;
  /** `undefined` outside 100–599. */
  readonly class: StatusClass | undefined;
  /** `true` when the texts are the code's own; `false` for class or unknown-status texts. */
  readonly known: boolean;
}

export interface TranslatorOptions<
  Bundles extends readonly LocaleBundle[] = readonly LocaleBundle[],
> {
  /** Locale bundles, e.g. the default exports of `@http-status-i18n/locale-en` and others. */
  readonly locales: Bundles;
  /**
   * The locale for unsupported requests and for texts a bundle lacks. Defaults to `en` when
   * given, else the first locale.
   */
  readonly fallbackLocale?: Bundles[number]['locale'] | (string & {});
}

/**
 * A status code as callers hold it: a registered code (editors complete them), any number, a
 * numeric string, or nothing yet (`response?.status`), which gets the unknown-status text.
 */
export type StatusCodeInput = StatusCode | number | (string & {}) | null | undefined;

/**
 * The locale argument of a translator with the tags `Tag`: one of them (editors complete them),
 * or any `string` held in a variable (matched at run time: `zh-HK` → `zh-TW`). A string literal
 * the translator does not have is a type error, since it would silently fall back. When the tags
 * are not known (`string`), any string is accepted.
 */
export type LocaleInput<Tag extends string, Given extends string> = string extends Tag
  ? Given
  : Given extends Tag
    ? Given
    : string extends Given
      ? Given
      : Tag;

export interface Translator<Tag extends string = string> {
  /** The available locale tags, in the order given. */
  readonly locales: readonly Tag[];
  readonly fallbackLocale: Tag;
  /** All texts of a code in the best available locale. Never throws, whatever it is given. */
  status<Given extends Tag | (string & {}) = Tag>(
    code: StatusCodeInput,
    locale?: LocaleInput<Tag, Given>,
  ): LocalizedStatus;
  /** The end-user message of a code in the best available locale. Never throws, whatever it is given. */
  message<Given extends Tag | (string & {}) = Tag>(
    code: StatusCodeInput,
    locale?: LocaleInput<Tag, Given>,
  ): string;
  /** The best available locale for any tag (`zh-Hans-CN` → `zh-CN`); the fallback when none fits. */
  resolveLocale(tag: string | null | undefined): Tag;
  /** The best available locale for an `Accept-Language` header. */
  negotiateLocale(acceptLanguage: string | readonly string[] | null | undefined): Tag;
  /** The whole bundle of the best available locale, for its `ui` and `classes` texts. */
  bundle<Given extends Tag | (string & {}) = Tag>(locale?: LocaleInput<Tag, Given>): LocaleBundle;
}

/** Replaces `{{name}}` with `values[name]`, in one pass, so a value cannot inject a placeholder. */
export function interpolate(template: string, values: Readonly<Record<string, string>>): string {
  if (typeof template !== 'string') return '';
  const given: Readonly<Record<string, unknown>> =
    typeof values === 'object' && values !== null ? values : {};
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(given, name) ? given[name] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : placeholder;
  });
}

const MAX_DISPLAYED_CODE_LENGTH = 16;

/**
 * How a code is shown inside a message, whatever it is: numbers and strings as they are (at
 * most 16 characters, cut by code point so no half of a surrogate pair remains), without
 * control, format (bidi overrides and isolates) or unpaired surrogate characters, which could
 * reorder or break the text around them; anything else as `"?"` — never an object's `toString`.
 */
export function formatStatusCode(code: unknown): string {
  if (typeof code === 'number') return String(code).slice(0, MAX_DISPLAYED_CODE_LENGTH);
  if (typeof code === 'string') {
    // Only the start can be shown: cleaning a megabyte the reader never sees would be waste.
    const head = code.slice(0, 4 * MAX_DISPLAYED_CODE_LENGTH);
    const printable = head.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, '').trim();
    let shown = '';
    let count = 0;
    for (const character of printable) {
      if (count++ === MAX_DISPLAYED_CODE_LENGTH) break;
      shown += character;
    }
    return shown.trimEnd() || '?';
  }
  return '?';
}

/** A template split at its `{{code}}` placeholders, so filling it in is one join. */
type CodeTemplate = readonly string[];

const compileCodeTemplate = (template: string): CodeTemplate =>
  Object.freeze(template.split(/\{\{\s*code\s*\}\}/));

interface UnknownTexts {
  readonly name: CodeTemplate;
  readonly summary: CodeTemplate;
  readonly description: CodeTemplate;
  readonly message: CodeTemplate;
}

interface CompiledLocale {
  readonly bundle: LocaleBundle;
  /** Read once from the bundle: a getter on a hand-made bundle is not called per lookup. */
  readonly locale: string;
  readonly direction: TextDirection;
  readonly ui: UiTexts;
  /** Indexed by code, so a lookup is one array read. */
  readonly statuses: readonly (LocalizedStatus | undefined)[];
  readonly messages: readonly (string | undefined)[];
  /** Per class (and `unknown` outside 100–599), the texts of codes nobody knows, precompiled. */
  readonly unknownTexts: Readonly<Record<StatusClass | 'unknown', UnknownTexts>>;
}

/**
 * Per field: the locale's own non-empty text, else the fallback locale's. A bundle built for an
 * older registry, a partial bundle, or one hand-made in plain JavaScript still renders every field.
 */
function withFallback<Texts extends object>(own: unknown, fallback: Texts): Texts {
  const merged: Record<string, unknown> = { ...(fallback as Record<string, unknown>) };
  if (typeof own === 'object' && own !== null) {
    for (const field of Object.keys(fallback)) {
      const text = (own as Record<string, unknown>)[field];
      if (typeof text === 'string' && text !== '') merged[field] = text;
    }
  }
  return Object.freeze(merged) as Texts;
}

/** `value` if it is a non-array object, else an empty one: a bundle's parts may be missing. */
const objectOr = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

function compile(
  bundle: LocaleBundle,
  locale: string,
  direction: TextDirection,
  fallback: LocaleBundle,
): CompiledLocale {
  const statuses: (LocalizedStatus | undefined)[] = new Array(600).fill(undefined);
  const messages: (string | undefined)[] = new Array(600).fill(undefined);
  const own = objectOr(bundle.statuses);
  const fallbackStatuses = objectOr(fallback.statuses) as Readonly<
    Record<string, StatusTexts | undefined>
  >;
  for (const code of statusCodes) {
    const fallbackTexts = fallbackStatuses[code];
    const texts = fallbackTexts === undefined ? undefined : withFallback(own[code], fallbackTexts);
    if (texts === undefined) continue;
    statuses[code] = Object.freeze({
      ...texts,
      code: String(code),
      locale,
      direction,
      class: getStatusClass(code),
      known: true,
    });
    messages[code] = texts.message;
  }
  const ownClasses = objectOr(bundle.classes);
  const ui = withFallback(bundle.ui, fallback.ui);
  const unknownTexts = Object.fromEntries(
    statusClasses.map((statusClass) => {
      const texts = withFallback(ownClasses[statusClass], fallback.classes[statusClass]);
      return [
        statusClass,
        {
          name: compileCodeTemplate(texts.name),
          summary: compileCodeTemplate(texts.name),
          description: compileCodeTemplate(texts.description),
          message: compileCodeTemplate(texts.message),
        },
      ];
    }),
  ) as Record<StatusClass | 'unknown', UnknownTexts>;
  unknownTexts.unknown = {
    name: compileCodeTemplate(ui.unknown),
    summary: compileCodeTemplate(ui.unknown),
    description: compileCodeTemplate(ui.unknownMessage),
    message: compileCodeTemplate(ui.unknownMessage),
  };
  return { bundle, locale, direction, ui, statuses, messages, unknownTexts };
}

function unknownStatus(compiled: CompiledLocale, code: unknown): LocalizedStatus {
  const shown = formatStatusCode(code);
  const statusClass = getStatusClass(code);
  const texts = compiled.unknownTexts[statusClass ?? 'unknown'];
  return Object.freeze({
    name: texts.name.join(shown),
    summary: texts.summary.join(shown),
    description: texts.description.join(shown),
    message: texts.message.join(shown),
    code: shown,
    locale: compiled.locale,
    direction: compiled.direction,
    class: statusClass,
    known: false,
  });
}

function unknownMessage(compiled: CompiledLocale, code: unknown): string {
  return compiled.unknownTexts[getStatusClass(code) ?? 'unknown'].message.join(
    formatStatusCode(code),
  );
}

/**
 * What the fallback bundle must hold, since every other locale falls back to it: each class
 * text and each interface text, non-empty. Other bundles need only a valid `locale` tag.
 */
function missingFallbackTexts(bundle: LocaleBundle): string[] {
  const missing: string[] = [];
  const classes = objectOr(bundle.classes);
  for (const statusClass of statusClasses) {
    const texts = objectOr(classes[statusClass]);
    for (const field of classTextFields) {
      const text = texts[field];
      if (typeof text !== 'string' || text === '')
        missing.push(`classes['${statusClass}'].${field}`);
    }
  }
  const ui = objectOr(bundle.ui);
  for (const key of uiTextKeys) {
    if (typeof ui[key] !== 'string' || ui[key] === '') missing.push(`ui.${key}`);
  }
  return missing;
}

/**
 * A translator over the given locale bundles. All maps are built here, once: every later call
 * is a lookup. `status`, `message`, `resolveLocale` and `negotiateLocale` never throw, whatever
 * they are given: the error-rendering path must not fail while rendering an error.
 */
export function createTranslator<const Bundles extends readonly LocaleBundle[]>(
  options: TranslatorOptions<Bundles>,
): Translator<Bundles[number]['locale']> {
  const bundles = options?.locales ?? [];
  if (!Array.isArray(bundles) || bundles.length === 0) {
    throw new TypeError(
      'createTranslator: `locales` needs at least one locale bundle, e.g. @http-status-i18n/locale-en.',
    );
  }
  // Each bundle's identity is read once, here; a lookup never touches the bundle object again.
  const identities = bundles.map((bundle, index) => {
    const locale: unknown = bundle?.locale;
    if (typeof locale !== 'string' || canonicalizeLocale(locale) === undefined) {
      throw new TypeError(
        `createTranslator: locales[${index}] has no valid \`locale\` tag (got ${typeof locale === 'string' ? JSON.stringify(locale.slice(0, 40)) : typeof locale}).`,
      );
    }
    const direction: TextDirection = bundle.direction === 'rtl' ? 'rtl' : 'ltr';
    return { bundle, locale, direction };
  });
  const locales = Object.freeze(identities.map(({ locale }) => locale));
  const match = createLocaleMatcher(locales);
  const primaryLanguages = primaryLanguagesOf(locales);
  const requestedFallback = options.fallbackLocale ?? (locales.includes('en') ? 'en' : locales[0]);
  const fallbackLocale = match(requestedFallback);
  if (fallbackLocale === undefined) {
    throw new TypeError(
      `createTranslator: fallbackLocale "${requestedFallback}" is not one of the given locales (${locales.join(', ')}).`,
    );
  }
  const fallbackBundle = (
    identities[locales.indexOf(fallbackLocale)] as (typeof identities)[number]
  ).bundle;
  const missing = missingFallbackTexts(fallbackBundle);
  if (missing.length > 0) {
    throw new TypeError(
      `createTranslator: the fallback locale "${fallbackLocale}" lacks texts every other locale falls back to: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}. Pass a complete bundle such as @http-status-i18n/locale-en as fallback.`,
    );
  }
  const compiled = new Map<unknown, CompiledLocale>(
    identities.map(({ bundle, locale, direction }) => [
      locale,
      compile(bundle, locale, direction, fallbackBundle),
    ]),
  );

  const resolveLocale = (tag: unknown): string => match(tag) ?? fallbackLocale;
  // Apps ask for the same locale call after call: remembering the last answer skips the map.
  let lastTag: unknown = fallbackLocale;
  let lastLocale = compiled.get(fallbackLocale) as CompiledLocale;
  const localeFor = (tag: unknown): CompiledLocale => {
    if (tag === lastTag) return lastLocale;
    const found = compiled.get(tag) ?? (compiled.get(resolveLocale(tag)) as CompiledLocale);
    lastTag = tag;
    lastLocale = found;
    return found;
  };

  return Object.freeze({
    locales,
    fallbackLocale,
    resolveLocale,
    negotiateLocale: (acceptLanguage: unknown) =>
      negotiateWith(acceptLanguage, match, fallbackLocale, locales, primaryLanguages),
    bundle: (locale?: unknown) => localeFor(locale ?? fallbackLocale).bundle,
    status(code: unknown, locale?: unknown): LocalizedStatus {
      const target = localeFor(locale ?? fallbackLocale);
      const parsed = parseStatusCode(code);
      return (parsed !== undefined && target.statuses[parsed]) || unknownStatus(target, code);
    },
    message(code: unknown, locale?: unknown): string {
      const target = localeFor(locale ?? fallbackLocale);
      // Fast path: a number indexes the array directly; non-integers and out-of-range read undefined.
      if (typeof code === 'number') {
        const known = target.messages[code];
        if (known !== undefined) return known;
      }
      const parsed = parseStatusCode(code);
      return (parsed !== undefined && target.messages[parsed]) || unknownMessage(target, code);
    },
  });
}
