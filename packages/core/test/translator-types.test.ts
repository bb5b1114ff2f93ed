import { createTranslator, type LocaleBundle, STATUS } from '@http-status-i18n/core';
import { describe, expectTypeOf, it } from 'vitest';
import { fixtureBundle } from './fixture-bundle.js';

// Locale packages type their bundle with its literal tag, as these do.
const en = fixtureBundle('en') as LocaleBundle<'en'>;
const zhCN = fixtureBundle('zh-CN') as LocaleBundle<'zh-CN'>;

describe('the translator as TypeScript sees it', () => {
  it('knows its own locale tags, completes them, and rejects a literal it lacks', () => {
    const translator = createTranslator({ locales: [en, zhCN] });
    expectTypeOf(translator.locales).toEqualTypeOf<readonly ('en' | 'zh-CN')[]>();
    expectTypeOf(translator.resolveLocale('zh-HK')).toEqualTypeOf<'en' | 'zh-CN'>();
    expectTypeOf(translator.message(STATUS.CONFLICT, 'zh-CN')).toBeString();
    expectTypeOf(translator.message(409)).toBeString();
    expectTypeOf(translator.message('409', 'en')).toBeString();
    // A tag only known at run time (a header, navigator.language) is matched at run time.
    const fromBrowser: string = 'zh-HK';
    expectTypeOf(translator.status(404, fromBrowser).locale).toBeString();
    // @ts-expect-error 'fr' is not one of the translator's locales: it would silently fall back
    translator.message(409, 'fr');
    // @ts-expect-error a code is a number or a numeric string, not an object
    translator.message({ code: 409 });
  });

  it('accepts any string where the tags are not known', () => {
    const bundles: LocaleBundle[] = [fixtureBundle('en'), fixtureBundle('de')];
    const translator = createTranslator({ locales: bundles });
    expectTypeOf(translator.fallbackLocale).toEqualTypeOf<string>();
    expectTypeOf(translator.message(409, 'fr')).toBeString();
  });
});
