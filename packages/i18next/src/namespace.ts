import type {
  ClassTexts,
  LocaleBundle,
  StatusClass,
  StatusCode,
  StatusTexts,
  UiTexts,
} from '@http-status-i18n/core';

/** The i18next namespace holding the status texts. */
export const NAMESPACE = 'httpStatus';

/**
 * The shape of the `httpStatus` namespace: `409.message`, `class.4xx.name`, `ui.related`.
 * Declare it in i18next's `CustomTypeOptions` to have keys checked at compile time.
 */
export type HttpStatusNamespace = { readonly [Code in StatusCode as `${Code}`]: StatusTexts } & {
  readonly class: Readonly<Record<StatusClass, ClassTexts>>;
  readonly ui: UiTexts;
};

/**
 * A locale bundle as the `httpStatus` namespace's resource: a copy, since i18next writes into
 * its resources (`addResource`), and the bundle is shared by everyone who imports the locale.
 */
export function toNamespace(bundle: LocaleBundle): HttpStatusNamespace {
  return structuredClone({
    ...bundle.statuses,
    class: bundle.classes,
    ui: bundle.ui,
  }) as HttpStatusNamespace;
}

/** Locale bundles as i18next `resources`: `{ "zh-CN": { httpStatus: … } }`. */
export function toResources(
  bundles: readonly LocaleBundle[],
): Record<string, { [NAMESPACE]: HttpStatusNamespace }> {
  return Object.fromEntries(
    bundles.map((bundle) => [bundle.locale, { [NAMESPACE]: toNamespace(bundle) }]),
  );
}
