declare module 'virtual:locales' {
  import type { LocaleBundle } from '@http-status-i18n/core';

  export interface AvailableLocale {
    readonly tag: string;
    /** The language's own name, for the switcher. */
    readonly name: string;
    readonly direction: 'ltr' | 'rtl';
    readonly load: () => Promise<{ readonly default: LocaleBundle }>;
  }

  export const locales: readonly AvailableLocale[];
}
