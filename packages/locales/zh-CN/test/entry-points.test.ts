import { createRequire } from 'node:module';
import {
  createTranslator,
  type LocaleMessages,
  type LocaleNames,
  localeEntryFields,
  negotiateLocale,
  statusClasses,
  statusCodes,
} from '@http-status-i18n/core';
import en from '@http-status-i18n/locale-en';
import enMessages from '@http-status-i18n/locale-en/messages';
import zhCN from '@http-status-i18n/locale-zh-cn';
import zhCNMessages from '@http-status-i18n/locale-zh-cn/messages';
import zhCNNames from '@http-status-i18n/locale-zh-cn/names';
import { describe, expect, expectTypeOf, it } from 'vitest';

const entries = [
  ['messages', zhCNMessages],
  ['names', zhCNNames],
] as const;

describe('the per-field entry points of a locale', () => {
  it.each(entries)(
    '/%s carries its texts, exactly as the full bundle has them, and no other',
    (entry, part) => {
      const fields = localeEntryFields[entry];
      expect(part.locale).toBe('zh-CN');
      expect(part.direction).toBe(zhCN.direction);
      expect(part.name).toBe(zhCN.name);
      for (const code of statusCodes)
        expect(part.statuses[`${code}`], `${code}`).toStrictEqual({
          [fields.status]: zhCN.statuses[`${code}`][fields.status],
        });
      for (const statusClass of statusClasses)
        expect(part.classes[statusClass]).toStrictEqual({
          [fields.class]: zhCN.classes[statusClass][fields.class],
        });
      expect(part.ui).toStrictEqual({ [fields.ui]: zhCN.ui[fields.ui] });
    },
  );

  it.each(entries)('/%s cannot be changed by anyone who imports it', (_entry, part) => {
    expect(Object.isFrozen(part)).toBe(true);
    expect(Object.isFrozen(part.statuses['409'])).toBe(true);
    expect(Object.isFrozen(part.classes['4xx'])).toBe(true);
  });

  it('is the same for require() as for import', () => {
    const require = createRequire(import.meta.url);
    expect(require('@http-status-i18n/locale-zh-cn/messages')).toStrictEqual(zhCNMessages);
    expect(require('@http-status-i18n/locale-zh-cn/names')).toStrictEqual(zhCNNames);
  });

  it('is typed with its literal tag and its fields only', () => {
    expectTypeOf(zhCNMessages).toEqualTypeOf<LocaleMessages<'zh-CN'>>();
    expectTypeOf(zhCNNames).toEqualTypeOf<LocaleNames<'zh-CN'>>();
    expectTypeOf(zhCNMessages.statuses['409']).toEqualTypeOf<{ readonly message: string }>();
  });
});

describe('a translator of messages only', () => {
  const full = createTranslator({ locales: [en, zhCN] });
  const light = createTranslator({ locales: [enMessages, zhCNMessages] });
  const inputs: unknown[] = [...statusCodes, 477, 599, 1000, '409', 'nope', null, undefined, {}];

  it('renders every message as the full bundles do', () => {
    for (const locale of ['zh-CN', 'zh-SG', 'en', 'fr', undefined])
      for (const code of inputs)
        expect(light.message(code as never, locale), `${String(code)} ${locale}`).toBe(
          full.message(code as never, locale),
        );
  });

  it('types its tags, and negotiates among them', () => {
    expectTypeOf(negotiateLocale('zh-SG,en;q=0.5', light)).toEqualTypeOf<'en' | 'zh-CN'>();
    expect(negotiateLocale('zh-SG,en;q=0.5', light)).toBe('zh-CN');
  });

  it('gives "" for the texts no part carries, and the parts of one locale joined', () => {
    expect(light.status(409, 'zh-CN')).toMatchObject({
      message: zhCN.statuses['409'].message,
      name: '',
      description: '',
      known: true,
    });
    const named = createTranslator({ locales: [enMessages, zhCNMessages, zhCNNames] });
    expect(named.locales).toEqual(['en', 'zh-CN']);
    expect(named.status(409, 'zh-CN')).toMatchObject({
      name: zhCN.statuses['409'].name,
      message: zhCN.statuses['409'].message,
      summary: '',
    });
    // A code nobody knows: its class's name from /names, its class's message from /messages.
    expect(named.status(477, 'zh-CN').name).toBe(zhCN.classes['4xx'].name);
    expect(named.status(477, 'zh-CN').message).toBe(full.status(477, 'zh-CN').message);
  });

  it('takes names from the fallback locale field by field', () => {
    const mixed = createTranslator({ locales: [en, zhCNMessages] });
    expect(mixed.status(409, 'zh-CN')).toMatchObject({
      name: en.statuses['409'].name,
      description: en.statuses['409'].description,
      message: zhCN.statuses['409'].message,
      locale: 'zh-CN',
    });
  });
});
