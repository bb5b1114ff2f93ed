import { createLocaleMatcher, type LocaleBundle } from '@http-status-i18n/core';
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

function bundleOf(loaded: LoadedLocale): LocaleBundle {
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

  constructor(_services?: unknown, options?: HttpStatusBackendOptions) {
    if (options) this.init(_services, options);
  }

  init(_services: unknown, options: HttpStatusBackendOptions): void {
    this.options = options;
    this.match = options.locales ? createLocaleMatcher(options.locales) : undefined;
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
    const tag = this.match ? this.match(language) : language;
    if (tag === undefined) {
      // Not an error: i18next moves on to the fallback language.
      callback(null, {});
      return;
    }
    options
      .loadLocale(tag)
      .then((loaded) => callback(null, toNamespace(bundleOf(loaded)) as never))
      .catch((error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), true),
      );
  }
}
