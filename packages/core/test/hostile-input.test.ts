/**
 * Property sweeps over every function core exports, with a fixed seed so a failure reproduces:
 * whatever a caller passes, the lookups and the error-rendering path answer, and never throw.
 * Only `createTranslator` (setup, not the error path) may refuse, with a TypeError that says why.
 */
import * as core from '@http-status-i18n/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureBundle } from './fixture-bundle.js';

const settings = { seed: 20_261_129, numRuns: 2_000 };

/** Values callers really pass by mistake, plus anything fast-check can build. */
const junk = fc.oneof(
  fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: -1_000, max: 1_000 }),
  fc.double(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    '../../etc/passwd',
    '\u0000',
    '\ud800',
    '\u202e404',
    'zh-Hant-HK',
    '409',
    ' 409 ',
    '4xx',
    'en;q=0, *',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
  ),
);

const functionExports = Object.entries(core).filter(([, value]) => typeof value === 'function') as [
  string,
  (...args: unknown[]) => unknown,
][];

describe('every exported function, with hostile input', () => {
  it('exports the functions this sweep knows about', () => {
    expect(functionExports.map(([name]) => name).sort()).toEqual(
      [
        'canonicalizeLocale',
        'createLocaleMatcher',
        'createTranslator',
        'formatStatusCode',
        'getPhrase',
        'getStatus',
        'getStatusClass',
        'interpolate',
        'isClientError',
        'isError',
        'isInformational',
        'isRedirect',
        'isRetryable',
        'isServerError',
        'isSuccess',
        'negotiateLocale',
      ].sort(),
    );
  });

  it.each(functionExports.filter(([name]) => name !== 'createTranslator'))(
    '%s never throws',
    (_name, fn) => {
      fc.assert(
        fc.property(fc.array(junk, { maxLength: 3 }), (args) => {
          const result = fn(...args);
          // A matcher factory returns a matcher: it must be as robust as the factory.
          if (typeof result === 'function') (result as (tag: unknown) => unknown)(args[0]);
        }),
        settings,
      );
    },
  );

  it('createTranslator refuses bad options with a TypeError that says why, and nothing else', () => {
    fc.assert(
      fc.property(junk, junk, (locales, fallbackLocale) => {
        try {
          core.createTranslator({ locales, fallbackLocale } as never);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect((error as Error).message).toMatch(/^createTranslator: /);
        }
      }),
      settings,
    );
  });

  it("a translator's methods never throw and always give text", () => {
    const translator = core.createTranslator({
      locales: [fixtureBundle('en'), fixtureBundle('ar', 'rtl')],
    });
    fc.assert(
      // Junk is exactly what the types forbid and the error path must survive anyway.
      fc.property(junk as fc.Arbitrary<never>, junk as fc.Arbitrary<never>, (code, locale) => {
        expect(typeof translator.message(code, locale)).toBe('string');
        expect(typeof translator.status(code, locale).name).toBe('string');
        expect(translator.locales).toContain(translator.resolveLocale(locale));
        expect(translator.locales).toContain(core.negotiateLocale(code as never, translator));
        expect(translator.bundle(locale)).toBeDefined();
        // The echoed code is safe to put in a URL or an HTML attribute.
        encodeURIComponent(translator.status(code, locale).code);
      }),
      settings,
    );
  });
});
