import type { StatusClass } from './registry/types.js';
import type { StatusCode } from './status-codes.js';

/** The texts of one status code in one language. */
export interface StatusTexts {
  /** Localized reason phrase ("冲突"). Never sent on the wire: the status line keeps `phrase`. */
  readonly name: string;
  /** One-line meaning ("存在冲突"). */
  readonly summary: string;
  /** For developers: current semantics, when servers send it, what clients do, headers involved. */
  readonly description: string;
  /** For end users of an app: plain and actionable. */
  readonly message: string;
}

/** The texts of a class, used for codes a locale (or the registry) does not know. */
export interface ClassTexts {
  readonly name: string;
  readonly description: string;
  /** Contains `{{code}}`. */
  readonly message: string;
}

/** Interface strings of a reference page or an error display. Placeholders in `{{…}}`. */
export interface UiTexts {
  readonly pageTitle: string;
  readonly intro: string;
  readonly meaning: string;
  readonly details: string;
  readonly related: string;
  readonly common: string;
  readonly backToIndex: string;
  readonly specification: string;
  readonly definedBy: string;
  readonly standingStandard: string;
  readonly standingUnused: string;
  readonly standingDeprecated: string;
  readonly standingObsolete: string;
  readonly standingUnofficial: string;
  readonly unknown: string;
  readonly unknownMessage: string;
  readonly networkError: string;
  readonly notFound: string;
  readonly unknownLocale: string;
  readonly language: string;
  readonly playground: string;
  readonly send: string;
  readonly statusCode: string;
  readonly browse: string;
  readonly search: string;
  readonly noResults: string;
  readonly dismiss: string;
}

/** Text direction of a script. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * One locale's `messages.json`, as a locale package exports it. TypeScript rejects a bundle
 * that lacks a code or a field.
 */
export interface LocaleBundle {
  /** BCP 47 tag, canonical case (`"zh-CN"`). */
  readonly locale: string;
  /** The language's own name ("简体中文"). */
  readonly name: string;
  readonly direction: TextDirection;
  readonly classes: Readonly<Record<StatusClass, ClassTexts>>;
  readonly ui: UiTexts;
  readonly statuses: Readonly<Record<`${StatusCode}`, StatusTexts>>;
}
