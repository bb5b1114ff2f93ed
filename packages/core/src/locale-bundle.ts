import type { StatusClass } from './registry/types.js';
import type { StatusCode } from './status-codes.js';

/**
 * The texts of one status code in one language. A type alias, not an interface: i18next's key
 * typing descends only into types with implicit index signatures.
 */
export type StatusTexts = {
  /** Localized reason phrase ("冲突"). Never sent on the wire: the status line keeps `phrase`. */
  readonly name: string;
  /** One-line meaning ("存在冲突"). */
  readonly summary: string;
  /** For developers: current semantics, when servers send it, what clients do, headers involved. */
  readonly description: string;
  /** For end users of an app: plain and actionable. */
  readonly message: string;
};

/** The texts of a class, used for codes a locale (or the registry) does not know. */
export type ClassTexts = {
  readonly name: string;
  readonly description: string;
  /** Contains `{{code}}`. */
  readonly message: string;
};

/** The fields every status code has in every locale. */
export const statusTextFields = /* @__PURE__ */ Object.freeze([
  'name',
  'summary',
  'description',
  'message',
] as const satisfies readonly (keyof StatusTexts)[]);

/** The fields every class has in every locale. */
export const classTextFields = /* @__PURE__ */ Object.freeze([
  'name',
  'description',
  'message',
] as const satisfies readonly (keyof ClassTexts)[]);

/**
 * Interface strings of a reference page or an error display, in the order of `messages.json`.
 * The single list of them: `UiTexts`, the locale tool and the scaffold of a new locale read it.
 */
export const uiTextKeys = /* @__PURE__ */ Object.freeze([
  'pageTitle',
  'intro',
  'meaning',
  'details',
  'related',
  'common',
  'backToIndex',
  'specification',
  'definedBy',
  'standingStandard',
  'standingUnused',
  'standingDeprecated',
  'standingObsolete',
  'standingUnofficial',
  'unknown',
  'unknownMessage',
  'networkError',
  'notFound',
  'unknownLocale',
  'language',
  'playground',
  'send',
  'statusCode',
  'browse',
  'search',
  'noResults',
  'dismiss',
  // Messages with a response header's context, filled in by @http-status-i18n/server.
  'rateLimitedRetry',
  'unavailableRetry',
  'allowedMethods',
  'sizeLimit',
] as const);

/**
 * Interface strings. Placeholders in `{{…}}` are filled by the caller (`unknown`: `{{code}}`;
 * `rateLimitedRetry` and `unavailableRetry`: `{{wait}}`, a relative time such as "in 2 minutes";
 * `allowedMethods`: `{{methods}}`, a list of methods; `sizeLimit`: `{{limit}}`, a size in bytes).
 */
export type UiTexts = Readonly<Record<(typeof uiTextKeys)[number], string>>;

/** Text direction of a script. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * One locale's `messages.json`, as a locale package exports it. TypeScript rejects a bundle
 * that lacks a code or a field.
 */
export interface LocaleBundle<Tag extends string = string> {
  /** BCP 47 tag, canonical case (`"zh-CN"`); a locale package types it as its literal tag. */
  readonly locale: Tag;
  /** The language's own name ("简体中文"). */
  readonly name: string;
  readonly direction: TextDirection;
  readonly classes: Readonly<Record<StatusClass, ClassTexts>>;
  readonly ui: UiTexts;
  readonly statuses: Readonly<Record<`${StatusCode}`, StatusTexts>>;
}

/**
 * The texts of each per-field entry point of a locale package (`@http-status-i18n/locale-<tag>/messages`,
 * `/names`): per code, per class, and the interface texts of codes nobody knows. The single list
 * of them: the build that writes those entry points and the types below read it.
 */
export const localeEntryFields = /* @__PURE__ */ Object.freeze({
  /** End-user messages: what an app shows when a request fails. */
  messages: /* @__PURE__ */ Object.freeze({
    status: 'message',
    class: 'message',
    ui: 'unknownMessage',
  }),
  /** Localized reason phrases, for a label beside the code. */
  names: /* @__PURE__ */ Object.freeze({ status: 'name', class: 'name', ui: 'unknown' }),
} as const);

/** The name of a locale's per-field entry point: `messages` or `names`. */
export type LocaleEntry = keyof typeof localeEntryFields;

/**
 * What a locale's per-field entry point exports: the bundle's shape with only that entry's
 * texts. `LocaleEntryBundle<'messages', 'zh-CN'>` is `@http-status-i18n/locale-zh-cn/messages`.
 */
export interface LocaleEntryBundle<Entry extends LocaleEntry, Tag extends string = string> {
  readonly locale: Tag;
  readonly name: string;
  readonly direction: TextDirection;
  readonly classes: Readonly<
    Record<StatusClass, Pick<ClassTexts, (typeof localeEntryFields)[Entry]['class']>>
  >;
  readonly ui: Pick<UiTexts, (typeof localeEntryFields)[Entry]['ui']>;
  readonly statuses: Readonly<
    Record<`${StatusCode}`, Pick<StatusTexts, (typeof localeEntryFields)[Entry]['status']>>
  >;
}

/** `@http-status-i18n/locale-<tag>/messages`. */
export type LocaleMessages<Tag extends string = string> = LocaleEntryBundle<'messages', Tag>;
/** `@http-status-i18n/locale-<tag>/names`. */
export type LocaleNames<Tag extends string = string> = LocaleEntryBundle<'names', Tag>;

/**
 * Any part of a locale a translator accepts: a full bundle, a per-field entry point, or a bundle
 * made by hand. What it lacks, the translator takes from the fallback locale, field by field.
 */
export interface PartialLocaleBundle<Tag extends string = string> {
  readonly locale: Tag;
  readonly name?: string;
  readonly direction?: TextDirection;
  readonly classes?: { readonly [Class in StatusClass]?: Partial<ClassTexts> };
  readonly ui?: Partial<UiTexts>;
  readonly statuses?: { readonly [Code in `${StatusCode}`]?: Partial<StatusTexts> };
}
