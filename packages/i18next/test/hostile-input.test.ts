/**
 * Property sweeps, fixed seed, over what the i18next package exports: whatever code, field,
 * language or loader result arrives, `statusMessage` renders text and the backend answers
 * i18next exactly once, without throwing.
 */
import {
  HttpStatusBackend,
  NAMESPACE,
  statusMessage,
  toNamespace,
  toResources,
} from '@http-status-i18n/i18next';
import en from '@http-status-i18n/locale-en';
import zhCN from '@http-status-i18n/locale-zh-cn';
import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

const settings = { seed: 20_261_129, numRuns: 500 };
// Hundreds of i18next instances and promises: bounded for a loaded two-core machine, not timed.
const timeout = 120_000;
const junk = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', '../../etc/passwd', 'zh-Hant-HK', 404),
);

describe('hostile input, i18next side', () => {
  it('statusMessage renders a string for any code, field and language', { timeout }, async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'zh-CN',
      fallbackLng: 'en',
      ns: [NAMESPACE],
      resources: toResources([en, zhCN]),
    });
    fc.assert(
      fc.property(
        junk,
        fc.constantFrom('name', 'summary', 'description', 'message'),
        junk,
        (code, field, lng) => {
          expect(typeof statusMessage(i18n, code, field, { lng } as never)).toBe('string');
        },
      ),
      settings,
    );
  });

  it('the backend answers once for any language and any loader outcome', { timeout }, async () => {
    const outcomes = fc.oneof(
      fc.constant(en),
      fc.constant({ default: zhCN }),
      junk.map((value) => ({ resolveTo: value })),
      junk.map((value) => ({ rejectWith: value })),
      junk.map((value) => ({ throwSync: value })),
    );
    await fc.assert(
      fc.asyncProperty(junk, outcomes, async (language, outcome) => {
        const loadLocale = (() => {
          if (outcome && typeof outcome === 'object' && 'throwSync' in outcome)
            throw outcome.throwSync;
          if (outcome && typeof outcome === 'object' && 'rejectWith' in outcome)
            return Promise.reject(outcome.rejectWith);
          if (outcome && typeof outcome === 'object' && 'resolveTo' in outcome)
            return Promise.resolve(outcome.resolveTo);
          return Promise.resolve(outcome);
        }) as never;
        const backend = new HttpStatusBackend(undefined, { loadLocale });
        let calls = 0;
        await new Promise<void>((resolve) => {
          backend.read(language as string, NAMESPACE, () => {
            calls++;
            resolve();
          });
        });
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(calls).toBe(1);
      }),
      settings,
    );
  });

  it('toNamespace and toResources copy, so nothing written through them reaches a bundle', () => {
    const namespace = toNamespace(en) as unknown as Record<string, Record<string, string>>;
    (namespace['404'] as Record<string, string>).message = 'changed';
    expect(en.statuses['404'].message).not.toBe('changed');
    expect(Object.isFrozen(toResources([en]).en?.[NAMESPACE])).toBe(false);
  });
});
