import { createTranslator } from '@http-status-i18n/core';
import { languageOptions, NAMESPACE, toResources } from '@http-status-i18n/i18next';
import ar from '@http-status-i18n/locale-ar';
import en from '@http-status-i18n/locale-en';
import zhCN from '@http-status-i18n/locale-zh-cn';
import { StatusMessage, useStatusMessage } from '@http-status-i18n/react';
import i18next from 'i18next';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

const bundles = [en, zhCN, ar];
const translator = createTranslator({ locales: bundles });

async function i18nIn(lng: string) {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: toResources(bundles),
    ...languageOptions(bundles.map((bundle) => bundle.locale)),
  });
  return i18n;
}

/** Renders `element` inside the provider, as an app does. */
function render<Props extends object>(
  i18n: Awaited<ReturnType<typeof i18nIn>>,
  component: (props: Props) => ReactElement,
  props: Props,
) {
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(component, props)),
  );
}

/** Markup escapes what the text holds: compare against the escaped text. */
const escaped = (text: string) =>
  renderToStaticMarkup(createElement('output', null, text)).slice(
    '<output>'.length,
    -'</output>'.length,
  );

function HookProbe({ code, field }: { code: unknown; field?: 'name' | 'message' }) {
  return createElement('output', null, useStatusMessage(code, field));
}

describe('useStatusMessage', () => {
  it('gives the text of a code in the current language, as the core translator does', async () => {
    const i18n = await i18nIn('zh-SG');
    expect(render(i18n, HookProbe, { code: 409 })).toBe(
      `<output>${escaped(translator.message(409, 'zh-CN'))}</output>`,
    );
    expect(render(i18n, HookProbe, { code: 404, field: 'name' })).toBe(
      `<output>${escaped(zhCN.statuses['404'].name)}</output>`,
    );
  });

  it('follows a language change', async () => {
    const i18n = await i18nIn('en');
    expect(render(i18n, HookProbe, { code: 503 })).toContain(escaped(en.statuses['503'].message));
    await i18n.changeLanguage('zh-CN');
    expect(render(i18n, HookProbe, { code: 503 })).toContain(escaped(zhCN.statuses['503'].message));
  });

  it('renders text for codes nobody registered and for junk, never throwing', async () => {
    const i18n = await i18nIn('en');
    expect(render(i18n, HookProbe, { code: 477 })).toContain(
      escaped(translator.message(477, 'en')),
    );
    for (const code of [undefined, null, {}, '__proto__', Number.NaN, 10 ** 9]) {
      expect(render(i18n, HookProbe, { code })).toMatch(/^<output>.+<\/output>$/);
    }
  });
});

describe('<StatusMessage>', () => {
  it('marks its element with the language and direction of the text', async () => {
    const i18n = await i18nIn('ar');
    expect(render(i18n, StatusMessage, { code: 503, as: 'p', className: 'error' })).toBe(
      `<p lang="ar" dir="rtl" class="error">${escaped(ar.statuses['503'].message)}</p>`,
    );
    expect(render(i18n, StatusMessage, { code: 404, field: 'name', lng: 'en' })).toBe(
      `<span lang="en" dir="ltr">${escaped(en.statuses['404'].name)}</span>`,
    );
  });
});
