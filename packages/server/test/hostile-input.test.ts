/**
 * Property sweeps with a fixed seed, so a failure reproduces: whatever a client sends (any
 * Accept-Language, any body), the server answers with a valid problem and the client side
 * describes any response; only the caller's own mistakes (a code outside 100–599, a malformed
 * option) are refused, with a TypeError that says why.
 */
import { describeResponse, problemDetails } from '@http-status-i18n/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from './translator.js';

const settings = { seed: 20_261_201, numRuns: 1_000 };

/** Accept-Language headers as clients, proxies and attackers write them. */
const acceptLanguage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.tuple(
        fc.constantFrom('zh-CN', 'zh', 'de-AT', 'ar-EG', 'en', '*', 'x-pirate', 'i-klingon', ''),
        fc.oneof(
          fc.constant(''),
          fc.double().map((q) => `;q=${q}`),
          fc.string({ maxLength: 8 }),
        ),
      ),
      { maxLength: 80 },
    )
    .map((ranges) => ranges.map(([tag, q]) => tag + q).join(',')),
  fc.constantFrom(
    'a'.repeat(1_000_000),
    `${'de;q=0.1,'.repeat(50_000)}zh-CN`,
    '\r\nX: y',
    '\u0000',
  ),
);

describe('problemDetails under hostile input', () => {
  it('answers any Accept-Language with one of the translator’s locales and a complete problem', () => {
    fc.assert(
      fc.property(acceptLanguage, fc.integer({ min: 200, max: 599 }), (header, code) => {
        const problem = problemDetails(code, { translator, acceptLanguage: header });
        expect(translator.locales).toContain(problem.locale);
        if (problem.body !== undefined) {
          expect(problem.headers['content-language']).toBe(problem.locale);
          expect(problem.body.title).not.toBe('');
          expect(problem.body.detail).not.toBe('');
          expect(JSON.parse(JSON.stringify(problem.body)).status).toBe(code);
        }
        for (const value of Object.values(problem.headers)) expect(value).not.toMatch(/[\r\n\0]/);
      }),
      settings,
    );
  });

  it('refuses every code outside the integers 100–599 with a TypeError, and accepts every one inside', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.anything()), (code) => {
        const valid =
          typeof code === 'number' && Number.isInteger(code) && code >= 100 && code <= 599;
        if (valid) expect(problemDetails(code, { translator }).status).toBe(code);
        else expect(() => problemDetails(code as number, { translator })).toThrow(TypeError);
      }),
      settings,
    );
  });

  it('refuses malformed context options with a TypeError, never a bad header', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.string({ unit: 'binary', maxLength: 60 }), fc.date()),
        fc.oneof(
          fc.anything(),
          fc.array(fc.string({ unit: 'binary', maxLength: 10 }), { maxLength: 40 }),
        ),
        (retryAfter, allow) => {
          try {
            const problem = problemDetails(429, {
              translator,
              retryAfter: retryAfter as never,
              allow: allow as never,
            });
            for (const value of Object.values(problem.headers))
              expect(value).not.toMatch(/[\r\n\0]/);
          } catch (error) {
            expect(error).toBeInstanceOf(TypeError);
          }
        },
      ),
      settings,
    );
  });
});

describe('describeResponse under hostile input', () => {
  it('describes any body, status and headers without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.json(),
          fc.anything().map((value) => {
            try {
              return JSON.stringify(value) ?? '';
            } catch {
              return '';
            }
          }),
        ),
        fc.integer({ min: 200, max: 599 }),
        fc.constantFrom(
          'application/problem+json',
          'APPLICATION/PROBLEM+JSON; charset=utf-8',
          'text/html',
          '',
        ),
        acceptLanguage.map((value) => value.replace(/[^\t\x20-\x7e]/g, '').slice(0, 1000)),
        async (body, status, contentType, contentLanguage) => {
          const nullBody = [204, 205, 304].includes(status);
          const response = new Response(nullBody ? null : body, {
            status,
            headers: { 'content-type': contentType, 'content-language': contentLanguage },
          });
          const description = await describeResponse(response, translator);
          expect(description.status).toBe(status);
          expect(translator.locales).toContain(description.locale);
          expect(description.title).not.toBe('');
          expect(description.message).not.toBe('');
        },
      ),
      { ...settings, numRuns: 500 },
    );
  });
});
