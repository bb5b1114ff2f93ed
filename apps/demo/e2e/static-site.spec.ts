import { readdir } from 'node:fs/promises';
import { statusCodes } from '@http-status-i18n/core';
import type { Page } from '@playwright/test';
import { siteOrigin } from '../site-origin.ts';
import { chooseLocale, expect, messagesOf, test } from './fixtures';

/** The origin the build wrote into canonical, hreflang and sitemap URLs. */
const origin = siteOrigin(process.env.SITE_ORIGIN);

async function localeTags(): Promise<string[]> {
  return (await readdir(new URL('../../../packages/locales/', import.meta.url))).sort();
}

function pageTitle(template: string, code: number, phrase: string, isolate = false) {
  const value = (text: string) => (isolate ? `\u2068${text}\u2069` : text);
  return template.replace('{{code}}', value(String(code))).replace('{{phrase}}', value(phrase));
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('/zh-CN/409 reads in full: title, head links and the source page sections', async ({
    page,
  }) => {
    const zhCN = await messagesOf('zh-CN');
    const tags = await localeTags();
    const response = await page.goto('/zh-CN/409');
    expect(response?.status()).toBe(200);
    // Nothing ran: the select only works once the app has taken the page over.
    await expect(page.getByRole('combobox')).toBeDisabled();

    await expect(page).toHaveTitle(pageTitle(zhCN.ui.pageTitle, 409, 'Conflict'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      zhCN.statuses['409'].summary,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${origin}/zh-CN/409`,
    );
    const alternates = page.locator('link[rel="alternate"][hreflang]');
    await expect(alternates).toHaveCount(tags.length + 1);
    for (const tag of tags)
      await expect(page.locator(`link[rel="alternate"][hreflang="${tag}"]`)).toHaveAttribute(
        'href',
        `${origin}/${tag}/409`,
      );
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      'href',
      `${origin}/en/409`,
    );

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      pageTitle(zhCN.ui.pageTitle, 409, 'Conflict'),
    );
    const meaning = page.getByRole('region', { name: zhCN.ui.meaning });
    await expect(meaning).toContainText(zhCN.statuses['409'].name);
    await expect(meaning).toContainText(zhCN.statuses['409'].summary);
    const details = page.getByRole('region', { name: zhCN.ui.details });
    await expect(details).toContainText(zhCN.statuses['409'].description);
    await expect(details).toContainText(zhCN.statuses['409'].message);
    const related = page.getByRole('region', { name: zhCN.ui.related });
    await expect(related.getByRole('link')).toHaveCount(3);
    await expect(related.getByRole('link', { name: /HTTP 412/ })).toContainText(
      zhCN.statuses['412'].name,
    );
    const common = page.getByRole('region', { name: zhCN.ui.common });
    await expect(common.getByRole('link')).toHaveCount(10);
    await expect(page.getByRole('link', { name: zhCN.ui.backToIndex })).toHaveAttribute(
      'href',
      '/zh-CN/',
    );

    // The links are plain links: following one loads the next prerendered page.
    await related.getByRole('link', { name: /HTTP 412/ }).click();
    await expect(page).toHaveURL(/\/zh-CN\/412$/);
    await expect(page.getByText(zhCN.statuses['412'].summary, { exact: true })).toBeVisible();
    await page.getByRole('link', { name: zhCN.ui.backToIndex }).click();
    await expect(page).toHaveURL(/\/zh-CN\/$/);
    await expect(page).toHaveTitle(zhCN.ui.backToIndex);
    await expect(page.getByRole('link', { name: /^404 / })).toHaveAttribute('href', '/zh-CN/404');
  });

  test('each language of a page is a link away', async ({ page }) => {
    await page.goto('/zh-CN/409');
    const languages = page.getByRole('navigation', {
      name: (await messagesOf('zh-CN')).ui.language,
    });
    await languages.getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(/\/de\/409$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });

  test('/ar/404 is right to left, its title values isolated', async ({ page }) => {
    const ar = await messagesOf('ar');
    await page.goto('/ar/404');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page).toHaveTitle(pageTitle(ar.ui.pageTitle, 404, 'Not Found', true));
    await expect(page.getByRole('heading', { level: 1 }).locator('bdi')).toHaveText([
      '404',
      'Not Found',
    ]);
    await expect(page.getByText(ar.statuses['404'].summary, { exact: true })).toBeVisible();
  });

  test('an unknown address answers 404 with the not-found page of its locale', async ({ page }) => {
    const ja = await messagesOf('ja');
    const response = await page.goto('/ja/999');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.ui.notFound);
    await expect(page.getByRole('link', { name: ja.ui.backToIndex })).toHaveAttribute(
      'href',
      '/ja/',
    );
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  });
});

test('sitemap.xml lists every code in every locale, and the indexes', async ({ request }) => {
  const tags = await localeTags();
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const urls = [...(await response.text()).matchAll(/<loc>([^<]*)<\/loc>/g)].map(
    (match) => match[1] as string,
  );
  expect(new Set(urls).size).toBe(urls.length);
  const codePages = urls.filter((url) => /^[^/]+\/\/[^/]+\/[^/]+\/\d{3}$/.test(url));
  expect(codePages).toHaveLength(statusCodes.length * tags.length);
  for (const tag of tags)
    for (const code of statusCodes) expect(codePages).toContain(`${origin}/${tag}/${code}`);
  // Besides the code pages: `/` and each locale's index.
  expect(urls.filter((url) => !codePages.includes(url)).sort()).toEqual(
    [`${origin}/`, ...tags.map((tag) => `${origin}/${tag}/`)].sort(),
  );
  // Every listed page is served, as a page (a few at a time, to spare a small machine).
  for (let start = 0; start < urls.length; start += 16) {
    const batch = urls.slice(start, start + 16);
    const statuses = await Promise.all(
      batch.map(async (url) => {
        const page = await request.head(new URL(url).pathname, { maxRedirects: 0 });
        return `${url} ${page.status()}`;
      }),
    );
    expect(statuses).toEqual(batch.map((url) => `${url} 200`));
  }
});

test('unknown addresses answer 404 with a localized not-found page', async ({ request }) => {
  const en = await messagesOf('en');
  const zhCN = await messagesOf('zh-CN');
  for (const [path, messages, lang] of [
    ['/zh-CN/999', zhCN, 'zh-CN'],
    ['/zh-CN/409/extra', zhCN, 'zh-CN'],
    ['/xx/409', en, 'en'],
    ['/no/such/page', en, 'en'],
    ['/api/status/abc', en, 'en'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).toContain('text/html');
    const html = await response.text();
    expect(html, path).toContain(`<html lang="${lang}"`);
    expect(html, path).toContain(messages.ui.notFound);
  }
  // The other spelling of a page leads to it.
  const index = await request.get('/zh-CN', { maxRedirects: 0 });
  expect(index.status()).toBe(301);
  expect(index.headers().location).toBe('/zh-CN/');
  const code = await request.get('/zh-CN/409/', { maxRedirects: 0 });
  expect(code.status()).toBe(301);
  expect(code.headers().location).toBe('/zh-CN/409');
});

/** Console errors and uncaught errors, where React reports a hydration that did not match. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Remembers the page's content as the HTML parser creates it, before any script runs. */
async function rememberParsedContent(page: Page) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const content = document.querySelector('main > *');
      if (content) {
        (window as { parsedContent?: Element }).parsedContent = content;
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Hydrated, not rendered again: the content is still the element the HTML parser made. */
async function stillParsedContent(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (window as { parsedContent?: Element }).parsedContent?.isConnected ?? false,
  );
}

test('a prerendered page hydrates without errors, then switches language in the app', async ({
  page,
  localeChunks,
}) => {
  const de = await messagesOf('de');
  const errors = collectErrors(page);
  await rememberParsedContent(page);
  await page.goto('/zh-CN/409');
  // Enabled once React has taken the page over.
  await expect(page.getByRole('combobox')).toBeEnabled();
  expect(await stillParsedContent(page)).toBe(true);
  expect(errors).toEqual([]);
  expect(localeChunks).toEqual(['zh-CN']);

  await chooseLocale(page, 'de');
  await expect(page).toHaveURL(/\/de\/409$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    pageTitle(de.ui.pageTitle, 409, 'Conflict'),
  );
  // The head follows the page the app shows.
  await expect(page).toHaveTitle(pageTitle(de.ui.pageTitle, 409, 'Conflict'));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}/de/409`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    de.statuses['409'].summary,
  );
  expect(localeChunks).toEqual(['zh-CN', 'de']);
  expect(errors).toEqual([]);
});

for (const path of ['/', '/ar/', '/ja/503']) {
  test(`${path} hydrates without errors`, async ({ page, localeChunks }) => {
    const errors = collectErrors(page);
    await rememberParsedContent(page);
    await page.goto(path);
    await expect(page.getByRole('combobox')).toBeEnabled();
    expect(await stillParsedContent(page)).toBe(true);
    expect(errors).toEqual([]);
    expect(localeChunks).toEqual([path === '/' ? 'en' : (path.split('/')[1] as string)]);
  });
}

test('an unknown code is rendered by the app, in the language the address names', async ({
  page,
}) => {
  const ko = await messagesOf('ko');
  const response = await page.goto('/ko/999');
  expect(response?.status()).toBe(404);
  await expect(page.getByText(ko.ui.unknown.replace('{{code}}', '999'))).toBeVisible();
  await expect(page.getByRole('combobox')).toBeEnabled();
  await page.getByRole('link', { name: ko.ui.backToIndex }).click();
  await expect(page).toHaveURL(/\/ko\/$/);
  await expect(page.getByRole('heading', { name: ko.ui.browse })).toBeVisible();
});
