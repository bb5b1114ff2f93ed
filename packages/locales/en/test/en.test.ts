import { createTranslator, getStatus, statusCodes } from '@http-status-i18n/core';
import en from '@http-status-i18n/locale-en';
import { describe, expect, it } from 'vitest';

describe('the English locale', () => {
  it('names every code by its canonical reason phrase', () => {
    for (const code of statusCodes)
      expect(en.statuses[`${code}`].name, `${code}`).toBe(getStatus(code).phrase);
  });

  it('keeps status numbers and jargon out of end-user messages', () => {
    for (const code of statusCodes) {
      const { message } = en.statuses[`${code}`];
      expect(message, `${code}`).not.toMatch(/\b[1-5]\d\d\b|\bHTTP\b|[Hh]eader|server returned/);
    }
  });

  it('says which codes are not registered, deprecated or unused', () => {
    for (const code of statusCodes) {
      const { description } = en.statuses[`${code}`];
      const standing = getStatus(code).standing;
      if (standing === 'unofficial')
        expect(description, `${code}`).toMatch(/^Not a registered status code/);
      if (standing === 'deprecated') expect(description, `${code}`).toMatch(/deprecated/);
      if (standing === 'unused') expect(description, `${code}`).toMatch(/unused|no longer used/);
      if (standing === 'obsolete') expect(description, `${code}`).toMatch(/obsolete/);
    }
  });

  it('cannot be changed by anyone who imports it, since every translator shares it', () => {
    expect(() => {
      (en.statuses['404'] as { message: string }).message = 'PWNED';
    }).toThrow(TypeError);
    expect(() => {
      (en.ui as Record<string, string>).notFound = 'PWNED';
    }).toThrow(TypeError);
    expect(createTranslator({ locales: [en] }).message(404)).not.toBe('PWNED');
  });

  it('is what the translator serves by default', () => {
    const translator = createTranslator({ locales: [en] });
    expect(translator.message(404)).toBe(en.statuses['404'].message);
    expect(translator.message(477)).toBe(
      "The request couldn't be completed (error 477). Check what you entered and try again.",
    );
    expect(translator.message(1000)).toBe(
      'Something unexpected happened (code 1000). Please try again later.',
    );
  });
});
