import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createTranslator, type LocaleBundle, statusCodes } from '@http-status-i18n/core';
import zhCNFromItsPackage from '@http-status-i18n/locale-zh-cn';
import * as all from '@http-status-i18n/locales';
import { en, locales, zhCN } from '@http-status-i18n/locales';
import { describe, expect, it } from 'vitest';
import {
  dependencies,
  findLocalePackages,
  identifierOf,
  indexSource,
  packageDir,
} from '../scripts/generate.js';

const folders = findLocalePackages();

describe('@http-status-i18n/locales', () => {
  it('holds one bundle for each folder of packages/locales, ordered by tag', () => {
    expect(locales.map((bundle) => bundle.locale)).toEqual(folders.map(({ tag }) => tag));
    expect(locales.length).toBeGreaterThanOrEqual(10);
  });

  it('exports each bundle by its camel-cased tag, the same object as its own package', () => {
    for (const { tag, identifier } of folders) {
      const bundle = (all as unknown as Record<string, LocaleBundle>)[identifier];
      expect(bundle?.locale, identifier).toBe(tag);
    }
    expect(zhCN).toBe(zhCNFromItsPackage);
    expect(Object.keys(all).sort()).toEqual(
      [...folders.map(({ identifier }) => identifier), 'locales'].sort(),
    );
  });

  it('is frozen, so no consumer can change the list another one reads', () => {
    expect(Object.isFrozen(locales)).toBe(true);
    expect(() => (locales as LocaleBundle[]).push(en)).toThrow(TypeError);
  });

  it('gives a translator that answers in every locale, with English as the fallback', () => {
    const translator = createTranslator({ locales });
    expect(translator.fallbackLocale).toBe('en');
    expect(translator.locales).toEqual(folders.map(({ tag }) => tag));
    const english = locales.find((bundle) => bundle.locale === 'en');
    for (const bundle of locales) {
      // A draft locale may not have this text yet: then the fallback's stands in.
      const own = bundle.statuses['409'].name || english?.statuses['409'].name;
      expect(translator.status(409, bundle.locale).name).toBe(own);
      expect(translator.status(statusCodes.at(-1), bundle.locale).known).toBe(true);
    }
    expect(translator.resolveLocale('zh-Hant-HK')).toBe('zh-TW');
  });

  it('loads through require() as well', () => {
    const required = createRequire(import.meta.url)('@http-status-i18n/locales') as typeof all;
    expect(required.locales.map((bundle) => bundle.locale)).toEqual(
      locales.map((bundle) => bundle.locale),
    );
  });
});

describe('the generated files', () => {
  const generate = 'pnpm --filter @http-status-i18n/locales generate';

  it(`src/index.ts lists every locale folder (else run \`${generate}\`)`, () => {
    expect(readFileSync(join(packageDir, 'src/index.ts'), 'utf8')).toBe(indexSource(folders));
  });

  it(`package.json depends on exactly the locale packages (else run \`${generate}\`)`, () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    expect(manifest.dependencies).toEqual(dependencies(folders));
  });

  it('would list a new folder: the source follows the folder list', () => {
    const withItalian = [
      ...folders,
      { tag: 'it', packageName: '@http-status-i18n/locale-it', identifier: 'it' },
    ];
    const source = indexSource(withItalian);
    expect(source).toContain("import it from '@http-status-i18n/locale-it';");
    expect(source).toMatch(/Object\.freeze\(\[[^\]]*\bit,?\s*\]\)/);
    expect(dependencies(withItalian)['@http-status-i18n/locale-it']).toBe('workspace:*');
  });

  it('names exports after the tag, as valid identifiers', () => {
    expect(identifierOf('zh-CN')).toBe('zhCN');
    expect(identifierOf('pt-BR')).toBe('ptBR');
    expect(identifierOf('zh-Hant-HK')).toBe('zhHantHK');
    expect(identifierOf('new')).toBe('newLocale');
    expect(() => identifierOf('not a tag')).toThrow(/not a BCP 47 tag/);
  });
});
