import type {
  ClassTexts,
  LocaleBundle,
  StatusTexts,
  TextDirection,
  UiTexts,
} from './locale-bundle.js';
import { createLocaleMatcher, negotiateWith } from './locale-match.js';
import type { StatusClass } from './registry/types.js';
import { getStatusClass, parseStatusCode, statusClasses } from './status-class.js';
import { statusCodes } from './status-codes.js';

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

export interface TranslatorOptions {
  /** Locale bundles, e.g. the default exports of `@http-status-i18n/locale-en` and others. */
  readonly locales: readonly LocaleBundle[];
  /**
   * The locale for unsupported requests and for texts a bundle lacks. Defaults to `en` when
   * given, else the first locale.
   */
  readonly fallbackLocale?: string;
}

export interface Translator {
  /** The available locale tags, in the order given. */
  readonly locales: readonly string[];
  readonly fallbackLocale: string;
  /** All texts of a code in the best available locale. Never throws. */
  status(code: unknown, locale?: unknown): LocalizedStatus;
  /** The end-user message of a code in the best available locale. Never throws. */
  message(code: unknown, locale?: unknown): string;
  /** The best available locale for any tag (`zh-Hans-CN` → `zh-CN`); the fallback when none fits. */
  resolveLocale(tag: unknown): string;
  /** The best available locale for an `Accept-Language` header. */
  negotiateLocale(acceptLanguage: unknown): string;
  /** The whole bundle of the best available locale, for its `ui` and `classes` texts. */
  bundle(locale?: unknown): LocaleBundle;
}

/** Replaces `{{name}}` with `values[name]`, in one pass, so a value cannot inject a placeholder. */
export function interpolate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? (values[name] as string) : placeholder,
  );
}

const MAX_DISPLAYED_CODE_LENGTH = 16;

/**
 * How a code is shown inside a message, whatever it is: numbers and strings as they are
 * (printable characters, at most 16), anything else as `"?"` — never an object's `toString`.
 */
export function formatStatusCode(code: unknown): string {
  if (typeof code === 'number') return String(code).slice(0, MAX_DISPLAYED_CODE_LENGTH);
  if (typeof code === 'string') {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    const printable = code.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
    return printable.slice(0, MAX_DISPLAYED_CODE_LENGTH) || '?';
  }
  return '?';
}

interface CompiledLocale {
  readonly bundle: LocaleBundle;
  readonly classes: Readonly<Record<StatusClass, ClassTexts>>;
  readonly ui: UiTexts;
  /** Indexed by code, so a lookup is one array read. */
  readonly statuses: readonly (LocalizedStatus | undefined)[];
  readonly messages: readonly (string | undefined)[];
}

/**
 * Per field: the locale's own non-empty text, else the fallback locale's. A bundle built for an
 * older registry, or hand-made in plain JavaScript, still renders every field.
 */
function withFallback<Texts extends object>(own: unknown, fallback: Texts): Texts {
  const merged: Record<string, unknown> = { ...(fallback as Record<string, unknown>) };
  if (typeof own === 'object' && own !== null) {
    for (const [field, text] of Object.entries(own)) {
      if (typeof text === 'string' && text !== '' && Object.hasOwn(fallback, field))
        merged[field] = text;
    }
  }
  return Object.freeze(merged) as Texts;
}

function compile(bundle: LocaleBundle, fallback: LocaleBundle): CompiledLocale {
  const statuses: (LocalizedStatus | undefined)[] = new Array(600).fill(undefined);
  const messages: (string | undefined)[] = new Array(600).fill(undefined);
  const own = bundle.statuses as Readonly<Record<string, unknown>> | undefined;
  const fallbackStatuses = fallback.statuses as Readonly<Record<string, StatusTexts | undefined>>;
  for (const code of statusCodes) {
    const fallbackTexts = fallbackStatuses[code];
    const texts =
      fallbackTexts === undefined ? undefined : withFallback(own?.[code], fallbackTexts);
    if (texts === undefined) continue;
    statuses[code] = Object.freeze({
      ...texts,
      code: String(code),
      locale: bundle.locale,
      direction: bundle.direction,
      class: getStatusClass(code),
      known: true,
    });
    messages[code] = texts.message;
  }
  const classes = Object.fromEntries(
    statusClasses.map((statusClass) => [
      statusClass,
      withFallback(bundle.classes?.[statusClass], fallback.classes[statusClass]),
    ]),
  ) as Record<StatusClass, ClassTexts>;
  return { bundle, classes, ui: withFallback(bundle.ui, fallback.ui), statuses, messages };
}

function unknownStatus({ bundle, classes, ui }: CompiledLocale, code: unknown): LocalizedStatus {
  const shown = formatStatusCode(code);
  const statusClass = getStatusClass(code);
  const base = {
    code: shown,
    locale: bundle.locale,
    direction: bundle.direction,
    class: statusClass,
    known: false,
  };
  if (statusClass !== undefined) {
    const texts = classes[statusClass];
    const message = interpolate(texts.message, { code: shown });
    return Object.freeze({
      ...base,
      name: texts.name,
      summary: texts.name,
      description: texts.description,
      message,
    });
  }
  const name = interpolate(ui.unknown, { code: shown });
  const message = interpolate(ui.unknownMessage, { code: shown });
  return Object.freeze({ ...base, name, summary: name, description: message, message });
}

/**
 * A translator over the given locale bundles. All maps are built here, once: every later call
 * is a lookup. `status`, `message`, `resolveLocale` and `negotiateLocale` never throw, whatever
 * they are given: the error-rendering path must not fail while rendering an error.
 */
export function createTranslator(options: TranslatorOptions): Translator {
  const bundles = options?.locales ?? [];
  if (bundles.length === 0) {
    throw new TypeError(
      'createTranslator: `locales` needs at least one locale bundle, e.g. @http-status-i18n/locale-en.',
    );
  }
  const locales = Object.freeze(bundles.map((bundle) => bundle.locale));
  const match = createLocaleMatcher(locales);
  const requestedFallback = options.fallbackLocale ?? (locales.includes('en') ? 'en' : locales[0]);
  const fallbackLocale = match(requestedFallback);
  if (fallbackLocale === undefined) {
    throw new TypeError(
      `createTranslator: fallbackLocale "${requestedFallback}" is not one of the given locales (${locales.join(', ')}).`,
    );
  }
  const fallbackBundle = bundles[locales.indexOf(fallbackLocale)] as LocaleBundle;
  const compiled = new Map<unknown, CompiledLocale>(
    bundles.map((bundle) => [bundle.locale, compile(bundle, fallbackBundle)]),
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
      negotiateWith(acceptLanguage, match, fallbackLocale),
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
      return (
        (parsed !== undefined && target.messages[parsed]) || unknownStatus(target, code).message
      );
    },
  });
}
