import type { HttpStatusNamespace } from '@http-status-i18n/i18next';
import i18next from 'i18next';
import { describe, expectTypeOf, it } from 'vitest';

// What a user writes once to have every httpStatus key checked by the compiler, beside the
// app's own namespace (i18next checks keys only when the default namespace is declared too).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: { greeting: string }; httpStatus: HttpStatusNamespace };
  }
}

describe('typed keys', () => {
  it('accepts every documented key and rejects typos at compile time', () => {
    const t = i18next.t;
    const valid = () => [
      t('httpStatus:409.message'),
      t('httpStatus:599.name'),
      t('httpStatus:class.4xx.name'),
      t('httpStatus:ui.related'),
      t('greeting'),
    ];
    const invalid = () => [
      // @ts-expect-error a misspelled field
      t('httpStatus:409.mesage'),
      // @ts-expect-error a code the registry does not have
      t('httpStatus:477.message'),
      // @ts-expect-error a class that does not exist
      t('httpStatus:class.6xx.name'),
      // @ts-expect-error an interface key that does not exist
      t('httpStatus:ui.relatd'),
    ];
    expectTypeOf(valid).returns.toEqualTypeOf<string[]>();
    expectTypeOf(invalid).toBeFunction();
  });
});
