import { canonicalizeLocale, createTranslator, negotiateLocale } from '@http-status-i18n/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureBundle } from './fixture-bundle.js';

const available = ['en', 'zh-CN', 'zh-TW', 'ja', 'de'];

describe('canonicalizeLocale', () => {
  it.each([
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['EN-us', 'en-US'],
    ['pt_BR', 'pt-BR'],
    ['iw', 'he'],
    ['', undefined],
    ['en--US', undefined],
    ['*', undefined],
    ['x'.repeat(100), undefined],
  ])('%s → %s', (tag, expected) => {
    expect(canonicalizeLocale(tag)).toBe(expected);
  });

  it('is undefined for anything that is not a string', () => {
    for (const input of [null, undefined, 42, {}, ['en'], Symbol('en')]) {
      expect(canonicalizeLocale(input)).toBeUndefined();
    }
  });
});

describe('negotiateLocale', () => {
  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['fr-CH, fr;q=0.9, de;q=0.7, *;q=0.5', 'de'],
    ['de;q=0.5, ja;q=0.9', 'ja'],
    ['ja;q=0.5, de;q=0.5', 'ja'],
    ['zh-HK', 'zh-TW'],
    ['en-GB;q=0.8, zh-Hant;q=0.9', 'zh-TW'],
    ['fr, *;q=0.1', 'en'],
    ['fr', 'en'],
    ['ja;q=0, de;q=0.1', 'de'],
    ['ja;q=0', 'en'],
    ['ja;q=2, de;q=abc, ;;;, ,,, zh-TW', 'zh-TW'],
    ['de ; q = 0.4 , ja;Q=0.3', 'de'],
    ['ja;q=1.0000', 'en'],
    ['', 'en'],
    ['   ', 'en'],
    ['<script>', 'en'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateLocale(header, available, 'en')).toBe(expected);
  });

  it('gives the fallback for anything that is not a header string', () => {
    for (const input of [undefined, null, 42, {}, ['ja']]) {
      expect(negotiateLocale(input, available, 'en')).toBe('en');
    }
  });

  it('reads a 100 KB header to its end and still finds the one acceptable language', () => {
    const junk = Array.from({ length: 12_000 }, (_, index) => `x${index % 97}-zz;q=0.5`).join(',');
    const header = `${junk},ja;q=0.6`;
    expect(header.length).toBeGreaterThan(100_000);
    expect(negotiateLocale(header, available, 'en')).toBe('ja');
    expect(negotiateLocale(`${'a'.repeat(100_000)},de`, available, 'en')).toBe('de');
    expect(negotiateLocale(`${'en-'.repeat(40_000)}`, available, 'de')).toBe('de');
  });

  it('always answers one of the available tags or the fallback, for any input', () => {
    const headerPart = fc.oneof(
      fc.constantFrom(
        'en',
        'zh-Hant',
        'ja-JP',
        '*',
        'de-AT',
        'q',
        ';q=',
        'x-private',
        ';',
        ',',
        ' ',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(headerPart, { maxLength: 30 }), fc.double(), (parts, weight) => {
        const header = parts.join(Math.abs(weight) < 0.5 ? ',' : `;q=${weight},`);
        const chosen = negotiateLocale(header, available, 'en');
        return available.includes(chosen);
      }),
      { numRuns: 3000 },
    );
  });

  it('is offered by the translator for its own locales', () => {
    const translator = createTranslator({ locales: [fixtureBundle('en'), fixtureBundle('zh-CN')] });
    expect(translator.negotiateLocale('zh-SG,en;q=0.5')).toBe('zh-CN');
    expect(translator.negotiateLocale('ko')).toBe('en');
  });
});
