/**
 * The user's language from the POSIX locale variables: `LC_ALL` overrides `LC_MESSAGES`, which
 * overrides `LANG` (POSIX.1-2017, 8.2); an empty variable counts as unset. Their values look like
 * `language[_territory][.codeset][@modifier]` (`zh_CN.UTF-8`); the C and POSIX locales are English.
 */
export function localeFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (typeof value === 'string' && value !== '') return posixLocaleToTag(value);
  }
  return undefined;
}

/** `zh_CN.UTF-8` → `zh-CN`; `C`, `C.UTF-8`, `POSIX` → `en`. */
export function posixLocaleToTag(value: string): string {
  const [languageAndTerritory = ''] = value.split(/[.@]/);
  if (languageAndTerritory === 'C' || languageAndTerritory === 'POSIX') return 'en';
  return languageAndTerritory.replaceAll('_', '-');
}
