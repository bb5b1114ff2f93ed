import {
  type ClassTexts,
  type LocaleBundle,
  type PartialLocaleBundle,
  type StatusTexts,
  statusTextFields,
  type TextDirection,
} from './locale-bundle.js';
import { canonicalizeLocale, createLocaleMatcher } from './locale-match.js';
import type { StatusClass } from './registry/types.js';
import { getStatusClass, parseStatusCode, statusClasses } from './status-class.js';
import type { StatusCode } from './status-codes.js';

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
  Bundles extends readonly PartialLocaleBundle[] = readonly PartialLocaleBundle[],
> {
  /**
   * Locale bundles: the default exports of `@http-status-i18n/locale-en` and others, or only
   * the texts an app renders (`@http-status-i18n/locale-en/messages`, `/names`). Parts of one
   * locale given separately are joined; a text no part has comes from the fallback locale.
   */
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

export interface Translator<
  Tag extends string = string,
  Bundle extends PartialLocaleBundle = LocaleBundle,
> {
  /** The available locale tags, in the order given. */
  readonly locales: readonly Tag[];
  readonly fallbackLocale: Tag;
  /**
   * All texts of a code in the best available locale. Never throws, whatever it is given. A text
   * neither that locale nor the fallback carries (a translator of `/messages` has no `name`) is `""`.
   */
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
  /**
   * The bundle of the best available locale as given (its parts joined), for its `ui` and
   * `classes` texts.
   */
  bundle<Given extends Tag | (string & {}) = Tag>(locale?: LocaleInput<Tag, Given>): Bundle;
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

type UnknownTexts = Readonly<Record<keyof StatusTexts, CodeTemplate>>;

interface CompiledLocale {
  readonly bundle: PartialLocaleBundle;
  /** Read once from the bundle: a getter on a hand-made bundle is not called per lookup. */
  readonly locale: string;
  readonly direction: TextDirection;
  /** Indexed by code, so a lookup is one array read. */
  readonly statuses: readonly (LocalizedStatus | undefined)[];
  readonly messages: readonly (string | undefined)[];
  /** Per class (and `unknown` outside 100–599), the texts of codes nobody knows, precompiled. */
  readonly unknownTexts: Readonly<Record<StatusClass | 'unknown', UnknownTexts>>;
}

/** `value` if it is a non-array object, else an empty one: a bundle's parts may be missing. */
const objectOr = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** A text only counts when it is a non-empty string. */
const textOr = (texts: unknown, field: string): string | undefined => {
  const text = objectOr(texts)[field];
  return typeof text === 'string' && text !== '' ? text : undefined;
};

/**
 * Where a code nobody knows takes each field from: its class's texts (`classes`, keyed by field)
 * within 100–599, the `ui` texts outside it. A class has no summary: its name serves.
 */
const unknownTextSources: Readonly<Record<keyof StatusTexts, readonly [keyof ClassTexts, string]>> =
  {
    name: ['name', 'unknown'],
    summary: ['name', 'unknown'],
    description: ['description', 'unknownMessage'],
    message: ['message', 'unknownMessage'],
  };

/**
 * Joins parts of one locale (`/messages` and `/names`): texts of the earlier part win. Only the
 * three levels a bundle has are walked (section, code or class, field), whatever it nests.
 */
function joinParts(earlier: unknown, later: unknown, depth = 0): unknown {
  if (typeof earlier === 'string' && earlier !== '') return earlier;
  const earlierObject = objectOr(earlier);
  const laterObject = objectOr(later);
  if (depth === 3 || earlier !== earlierObject || later !== laterObject) return earlier ?? later;
  // fromEntries defines keys as data: a `__proto__` key cannot replace the prototype.
  return Object.freeze(
    Object.fromEntries(
      [...new Set([...Object.keys(laterObject), ...Object.keys(earlierObject)])].map((key) => [
        key,
        joinParts(earlierObject[key], laterObject[key], depth + 1),
      ]),
    ),
  );
}

/**
 * Copies what a lookup needs out of the bundle, each field the locale's own non-empty text, else
 * the fallback locale's, else `""`: a bundle built for an older registry, a per-field entry
 * point, or one hand-made in plain JavaScript still renders every field it can.
 */
function compile(
  bundle: PartialLocaleBundle,
  locale: string,
  direction: TextDirection,
  fallback: PartialLocaleBundle,
): CompiledLocale {
  const statuses: (LocalizedStatus | undefined)[] = new Array(600).fill(undefined);
  const messages: (string | undefined)[] = new Array(600).fill(undefined);
  const own = objectOr(bundle.statuses);
  const base = objectOr(fallback.statuses);
  for (const key of new Set([...Object.keys(base), ...Object.keys(own)])) {
    const statusClass = getStatusClass(key);
    if (statusClass === undefined) continue;
    const texts = {} as Record<keyof StatusTexts, string>;
    for (const field of statusTextFields)
      texts[field] = textOr(own[key], field) ?? textOr(base[key], field) ?? '';
    const code = Number(key);
    statuses[code] = Object.freeze({
      ...texts,
      code: key,
      locale,
      direction,
      class: statusClass,
      known: true,
    });
    messages[code] = texts.message;
  }
  const ownClasses = objectOr(bundle.classes);
  const baseClasses = objectOr(fallback.classes);
  const unknownTexts = {} as Record<StatusClass | 'unknown', UnknownTexts>;
  for (const group of [...statusClasses, 'unknown'] as const) {
    const texts = {} as Record<keyof StatusTexts, CodeTemplate>;
    for (const field of statusTextFields) {
      const [classField, uiKey] = unknownTextSources[field];
      texts[field] = compileCodeTemplate(
        group === 'unknown'
          ? (textOr(bundle.ui, uiKey) ?? textOr(fallback.ui, uiKey) ?? '')
          : (textOr(ownClasses[group], classField) ?? textOr(baseClasses[group], classField) ?? ''),
      );
    }
    unknownTexts[group] = texts;
  }
  return { bundle, locale, direction, statuses, messages, unknownTexts };
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

/**
 * What the fallback bundle must hold, since every other locale falls back to it: for each field
 * its codes carry (all four in a full bundle, `message` in `/messages`), the texts of codes
 * nobody knows, per class and outside 100–599. Other bundles need only a valid `locale` tag.
 */
function missingFallbackTexts(bundle: PartialLocaleBundle): string[] {
  const carried = new Set<keyof StatusTexts>();
  for (const texts of Object.values(objectOr(bundle.statuses)))
    for (const field of statusTextFields) if (textOr(texts, field)) carried.add(field);
  if (carried.size === 0) return ['statuses'];
  const missing = new Set<string>();
  const classes = objectOr(bundle.classes);
  for (const statusClass of statusClasses)
    for (const classField of ['name', 'description', 'message'] as const)
      for (const field of carried)
        if (
          unknownTextSources[field][0] === classField &&
          !textOr(classes[statusClass], classField)
        )
          missing.add(`classes['${statusClass}'].${classField}`);
  for (const field of carried) {
    const uiKey = unknownTextSources[field][1];
    if (!textOr(bundle.ui, uiKey)) missing.add(`ui.${uiKey}`);
  }
  return [...missing];
}

/**
 * A translator over the given locale bundles. All maps are built here, once: every later call
 * is a lookup. `status`, `message` and `resolveLocale` never throw, whatever they are given: the
 * error-rendering path must not fail while rendering an error. For an `Accept-Language` header,
 * `negotiateLocale(header, translator)`: kept out of the translator, so that a browser app,
 * which reads `navigator.languages`, does not ship a header parser.
 */
export function createTranslator<const Bundles extends readonly PartialLocaleBundle[]>(
  options: TranslatorOptions<Bundles>,
): Translator<Bundles[number]['locale'], Bundles[number]> {
  const bundles = options?.locales ?? [];
  if (!Array.isArray(bundles) || bundles.length === 0) {
    throw new TypeError(
      'createTranslator: `locales` needs at least one locale bundle, e.g. @http-status-i18n/locale-en.',
    );
  }
  // Each bundle's identity is read once, here; a lookup never touches the bundle object again.
  // Parts of one locale (same canonical tag) are joined under the first part's tag.
  const identities = new Map<
    string,
    { bundle: PartialLocaleBundle; locale: string; direction: TextDirection }
  >();
  bundles.forEach((bundle: PartialLocaleBundle, index) => {
    const locale: unknown = bundle?.locale;
    const canonical = canonicalizeLocale(locale);
    if (typeof locale !== 'string' || canonical === undefined) {
      throw new TypeError(
        `createTranslator: locales[${index}] has no valid \`locale\` tag (got ${typeof locale === 'string' ? JSON.stringify(locale.slice(0, 40)) : typeof locale}).`,
      );
    }
    const direction: TextDirection = bundle.direction === 'rtl' ? 'rtl' : 'ltr';
    const earlier = identities.get(canonical);
    identities.set(
      canonical,
      earlier
        ? { ...earlier, bundle: joinParts(earlier.bundle, bundle) as PartialLocaleBundle }
        : { bundle, locale, direction },
    );
  });
  const parts = [...identities.values()];
  const locales = Object.freeze(parts.map(({ locale }) => locale));
  const match = createLocaleMatcher(locales);
  const requestedFallback = options.fallbackLocale ?? (locales.includes('en') ? 'en' : locales[0]);
  const fallbackLocale = match(requestedFallback);
  if (fallbackLocale === undefined) {
    throw new TypeError(
      `createTranslator: fallbackLocale "${requestedFallback}" is not one of the given locales (${locales.join(', ')}).`,
    );
  }
  const fallbackBundle = (parts[locales.indexOf(fallbackLocale)] as (typeof parts)[number]).bundle;
  const missing = missingFallbackTexts(fallbackBundle);
  if (missing.length > 0) {
    throw new TypeError(
      `createTranslator: the fallback locale "${fallbackLocale}" lacks texts every other locale falls back to: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}. Pass a complete bundle such as @http-status-i18n/locale-en as fallback.`,
    );
  }
  const compiled = new Map<unknown, CompiledLocale>(
    parts.map(({ bundle, locale, direction }) => [
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
      const known = parsed === undefined ? undefined : target.messages[parsed];
      return known !== undefined
        ? known
        : target.unknownTexts[getStatusClass(code) ?? 'unknown'].message.join(
            formatStatusCode(code),
          );
    },
  }) as Translator<Bundles[number]['locale'], Bundles[number]>;
}
