import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

/**
 * `localeChunks`: locale chunks the page requested (the build names them `locale-<tag>-<hash>.js`).
 * `statusApi`: the example API's URL the playground is given (`window.__STATUS_API__`); none by
 * default, so that an API someone runs on this machine (`npm run api`) changes no other test.
 */
export const test = base.extend<{ localeChunks: string[]; statusApi: string }>({
  statusApi: ['', { option: true }],
  page: async ({ page, statusApi }, use) => {
    await page.addInitScript((url) => {
      window.__STATUS_API__ = url;
    }, statusApi);
    await use(page);
  },
  localeChunks: async ({ page }, use) => {
    const chunks: string[] = [];
    page.on('request', (request) => {
      const tag = /\/assets\/locale-(.+)-[\w-]{8}\.js$/.exec(new URL(request.url()).pathname)?.[1];
      if (tag) chunks.push(tag);
    });
    await use(chunks);
  },
});

export { expect };

/** Reads a locale's messages.json as the app's users see it (the package's data). */
export async function messagesOf(tag: string) {
  const { readFile } = await import('node:fs/promises');
  const url = new URL(`../../../packages/locales/${tag}/messages.json`, import.meta.url);
  return JSON.parse(await readFile(url, 'utf8'));
}

export async function chooseLocale(page: Page, tag: string) {
  await page.getByRole('combobox').selectOption(tag);
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
}

/** Saves a screenshot as a test artifact (in test-results/), of the viewport or the whole page. */
export async function saveScreenshot(
  page: Page,
  name: string,
  testInfo: TestInfo,
  { fullPage = true }: { fullPage?: boolean } = {},
) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
