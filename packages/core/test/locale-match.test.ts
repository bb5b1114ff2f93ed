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

  it('reads only the first 64 ranges of a huge header, so one request cannot buy unbounded work', () => {
    const junk = (count: number) =>
      Array.from({ length: count }, (_, index) => `x${index}-zz;q=0.5`).join(',');
    expect(negotiateLocale(`${junk(63)},ja;q=0.6`, available, 'en')).toBe('ja');
    expect(negotiateLocale(`${junk(64)},ja;q=0.6`, available, 'en')).toBe('en');
    const header = `${junk(12_000)},ja;q=0.6`;
    expect(header.length).toBeGreaterThan(100_000);
    expect(negotiateLocale(header, available, 'en')).toBe('en');
    expect(negotiateLocale(`${'a'.repeat(10_000_000)},de`, available, 'en')).toBe('de');
    expect(negotiateLocale(`${'en-'.repeat(40_000)}`, available, 'de')).toBe('de');
  });

  it.each([
    // ABNF is case-insensitive (RFC 5234 §2.3): `Q=` is a weight like `q=`.
    ['fr;Q=0.9, de;q=0.8', ['fr', 'de'], 'fr'],
    // q=0 means "not acceptable" (RFC 9110 §12.4.2), also for the tags the range is a prefix of.
    ['de-CH, de;q=0', ['en', 'de'], 'en'],
    ['zh;q=0, *', ['zh-TW', 'ja', 'zh-CN'], 'ja'],
    ['en;q=0, *', ['en', 'de'], 'de'],
    ['de-CH;q=0, de', ['en', 'de'], 'de'],
    ['*;q=0, ja', ['en', 'ja'], 'ja'],
    ['iw', ['en', 'he'], 'he'],
  ])('%j over %j → %s', (header, tags, expected) => {
    // The fallback is the first tag, as a server passes its default locale.
    expect(negotiateLocale(header, tags, tags[0] as string)).toBe(expected);
  });

  it('keeps available lists apart that join to the same string', () => {
    expect(negotiateLocale('de', ['en,de'], 'en,de')).toBe('en,de');
    expect(negotiateLocale('de', ['en', 'de'], 'en')).toBe('de');
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

  it("picks among a translator's locales, its fallback locale as the default", () => {
    const translator = createTranslator({
      locales: [fixtureBundle('en'), fixtureBundle('zh-CN')],
      fallbackLocale: 'zh-CN',
    });
    expect(negotiateLocale('zh-SG,en;q=0.5', translator)).toBe('zh-CN');
    expect(negotiateLocale('en-GB', translator)).toBe('en');
    expect(negotiateLocale('ko', translator)).toBe('zh-CN');
    expect(negotiateLocale('*', translator)).toBe('zh-CN');
    expect(negotiateLocale(undefined, translator)).toBe('zh-CN');
  });

  it('gives the fallback, never an error, for a choice that is not a translator', () => {
    const junkChoices: unknown[] = [undefined, null, {}, { locales: 'en' }, 42];
    for (const choice of junkChoices)
      expect(negotiateLocale('de', choice as never, 'en')).toBe('en');
    expect(negotiateLocale('de', { locales: ['de'], fallbackLocale: 'de' })).toBe('de');
  });
});
