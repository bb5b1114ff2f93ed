import { canonicalizeLocale, createLocaleMatcher, type LocaleBundle } from '@http-status-i18n/core';
import type { BackendModule, ReadCallback } from 'i18next';
import { NAMESPACE, toNamespace } from './namespace.js';

/** What a loader may resolve to: a bundle, or a module whose default export is one. */
export type LoadedLocale = LocaleBundle | { readonly default: LocaleBundle };

export interface HttpStatusBackendOptions {
  /**
   * Loads one locale's bundle, e.g. `(tag) => import(\`@http-status-i18n/locale-${tag.toLowerCase()}\`)`.
   * A bundler turns such an import into one chunk per locale, so an app downloads only the
   * locales it shows.
   */
  readonly loadLocale: (tag: string) => Promise<LoadedLocale>;
  /**
   * The locale tags `loadLocale` can load. With it, the language i18next asks for is matched to
   * the best of them (`zh-HK` → `zh-TW`, `en-GB` → `en`); without it, the tag is passed as is.
   */
  readonly locales?: readonly string[];
}

/** An Error for anything a loader threw or rejected with, even an object with no `toString`. */
function asError(value: unknown): Error {
  if (value instanceof Error) return value;
  let text: string;
  try {
    text = String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return new Error(`loadLocale failed: ${text}`);
}

function bundleOf(loaded: LoadedLocale): LocaleBundle {
  if (typeof loaded !== 'object' || loaded === null)
    throw new TypeError(
      `loadLocale resolved to ${loaded === null ? 'null' : typeof loaded}, not a locale bundle`,
    );
  return 'default' in loaded ? loaded.default : loaded;
}

/**
 * An i18next backend that serves the `httpStatus` namespace by loading locale packages on
 * demand. Other namespaces are not its business: pair it with another backend through
 * i18next-chained-backend, or use `toResources` for them.
 */
export class HttpStatusBackend implements BackendModule<HttpStatusBackendOptions> {
  static readonly type = 'backend' as const;
  readonly type = 'backend' as const;
  private options: HttpStatusBackendOptions | undefined;
  private match: ((tag: unknown) => string | undefined) | undefined;
  /**
   * One load per locale: i18next asks for `en-GB` and then for its fallback `en`, both of which
   * are the `en` package. A failed load is forgotten, so i18next's retry loads it again.
   */
  private readonly loads = new Map<string, Promise<LoadedLocale>>();

  constructor(_services?: unknown, options?: HttpStatusBackendOptions) {
    if (options) this.init(_services, options);
  }

  init(_services: unknown, options: HttpStatusBackendOptions): void {
    this.options = options;
    this.loads.clear();
    this.match = options.locales ? createLocaleMatcher(options.locales) : undefined;
  }

  private load(options: HttpStatusBackendOptions, tag: string): Promise<LoadedLocale> {
    const pending = this.loads.get(tag);
    if (pending) return pending;
    let load: Promise<LoadedLocale>;
    try {
      load = Promise.resolve(options.loadLocale(tag));
    } catch (error) {
      load = Promise.reject(error);
    }
    this.loads.set(tag, load);
    load.catch(() => this.loads.delete(tag));
    return load;
  }

  read(language: string, namespace: string, callback: ReadCallback): void {
    if (namespace !== NAMESPACE) {
      callback(
        new Error(
          `HttpStatusBackend serves the "${NAMESPACE}" namespace only, not "${namespace}".`,
        ),
        false,
      );
      return;
    }
    const options = this.options;
    if (!options?.loadLocale) {
      callback(
        new Error('HttpStatusBackend needs backend.loadLocale in the i18next options.'),
        false,
      );
      return;
    }
    // Only a well-formed tag reaches loadLocale, in canonical form: never `../../etc/passwd`, a
    // NUL, or `__proto__`, whatever i18next was asked for.
    const tag = this.match ? this.match(language) : canonicalizeLocale(language);
    if (tag === undefined) {
      // Not an error: i18next moves on to the fallback language.
      callback(null, {});
      return;
    }
    // i18next's callback is called exactly once, and outside the promise chain: if it throws,
    // the exception surfaces as it would from a synchronous backend instead of being taken for
    // a failed load and reported to i18next a second time.
    const settle = (error: Error | null, data: unknown) =>
      queueMicrotask(() => callback(error, data as never));
    this.load(options, tag).then(
      (loaded) => {
        let namespace: unknown;
        try {
          namespace = toNamespace(bundleOf(loaded));
        } catch (error) {
          settle(asError(error), true);
          return;
        }
        settle(null, namespace);
      },
      (error: unknown) => settle(asError(error), true),
    );
  }
}
