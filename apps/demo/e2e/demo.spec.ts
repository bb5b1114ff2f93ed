import { chooseLocale, expect, messagesOf, saveScreenshot, test } from './fixtures';

test('the playground shows the localized message of a real response, and follows the locale', async ({
  page,
}, testInfo) => {
  const en = await messagesOf('en');
  const zhCN = await messagesOf('zh-CN');
  await page.goto('/');
  await page.getByRole('button', { name: '409', exact: true }).click();
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText(en.statuses['409'].message);
  await expect(toast).toContainText(en.statuses['409'].name);
  await expect(toast).toHaveAttribute('role', 'alert');

  await chooseLocale(page, 'zh-CN');
  await expect(toast).toContainText(zhCN.statuses['409'].message);
  await expect(toast).toContainText(zhCN.classes['4xx'].name);
  await saveScreenshot(page, 'playground-409-zh-CN', testInfo, { fullPage: false });
});

test('a code outside the registry gets its class text, and no answer gets the network text', async ({
  page,
}) => {
  const en = await messagesOf('en');
  await page.goto('/');
  await page.getByRole('button', { name: '477', exact: true }).click();
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText(en.classes['4xx'].message.replace('{{code}}', '477'));
  await page.getByRole('button', { name: '599', exact: true }).click();
  await expect(toast).toContainText(en.statuses['599'].message);
  await page.getByRole('button', { name: en.ui.networkError }).click();
  await expect(toast).toContainText(en.ui.networkError);
  await page.getByRole('button', { name: en.ui.dismiss }).click();
  await expect(toast).toHaveCount(0);
});

test('/zh-CN/409 is the reference page in the source shape', async ({
  page,
  localeChunks,
}, testInfo) => {
  const zhCN = await messagesOf('zh-CN');
  await page.goto('/zh-CN/409');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    zhCN.ui.pageTitle.replace('{{code}}', '409').replace('{{phrase}}', 'Conflict'),
  );
  await expect(page.getByRole('heading', { name: zhCN.ui.meaning })).toBeVisible();
  await expect(page.getByText(zhCN.statuses['409'].name, { exact: true })).toBeVisible();
  await expect(page.getByText(zhCN.statuses['409'].summary, { exact: true })).toBeVisible();
  await expect(page.getByText(zhCN.statuses['409'].description)).toBeVisible();
  const related = page.getByRole('region', { name: zhCN.ui.related });
  await expect(related.getByRole('link')).toHaveCount(3);
  await expect(related.getByRole('link', { name: /HTTP 412/ })).toHaveAttribute(
    'href',
    '/zh-CN/412',
  );
  const common = page.getByRole('region', { name: zhCN.ui.common });
  await expect(common.getByRole('link')).toHaveCount(10);
  for (const code of [200, 301, 302, 400, 403, 404, 500, 502, 503, 504]) {
    await expect(common.getByRole('link', { name: new RegExp(`HTTP ${code}`) })).toBeVisible();
  }
  // Back to the index in the page's own language, which also works without JavaScript.
  await expect(page.getByRole('link', { name: zhCN.ui.backToIndex })).toHaveAttribute(
    'href',
    '/zh-CN/',
  );
  await expect(page.getByRole('link', { name: /RFC 9110 §15\.5\.10/ })).toHaveAttribute(
    'href',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10',
  );
  expect(localeChunks).toEqual(['zh-CN']);
  await saveScreenshot(page, 'reference-zh-CN-409', testInfo);

  await related.getByRole('link', { name: /HTTP 412/ }).click();
  await expect(page).toHaveURL(/\/zh-CN\/412$/);
  await expect(page.getByText(zhCN.statuses['412'].summary, { exact: true })).toBeVisible();
});

test('only the active locale is downloaded, and switching loads just the new one', async ({
  page,
  localeChunks,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(localeChunks).toEqual(['en']);
  await chooseLocale(page, 'de');
  expect(localeChunks).toEqual(['en', 'de']);
});

test('the browser lists every class and searches in the current language', async ({ page }) => {
  const zhCN = await messagesOf('zh-CN');
  await page.goto('/');
  await chooseLocale(page, 'zh-CN');
  for (const statusClass of ['1xx', '2xx', '3xx', '4xx', '5xx']) {
    await expect(
      page.getByRole('heading', { name: `${statusClass} · ${zhCN.classes[statusClass].name}` }),
    ).toBeVisible();
  }
  await page.getByLabel(zhCN.ui.search).fill(zhCN.statuses['404'].name);
  await expect(
    page.getByRole('link', { name: new RegExp(`^404 ${zhCN.statuses['404'].name}`) }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /^200 / })).toHaveCount(0);
  await page.getByLabel(zhCN.ui.search).fill('zzzz-no-such-status');
  await expect(page.getByRole('status')).toHaveText(
    zhCN.ui.noResults.replace('{{query}}', 'zzzz-no-such-status'),
  );
});

test('unknown codes and locales get a not-found page', async ({ page }) => {
  const en = await messagesOf('en');
  await page.goto('/en/477');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.ui.notFound);
  await expect(page.getByText(en.ui.unknown.replace('{{code}}', '477'))).toBeVisible();
  await page.goto('/xx/409');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.ui.notFound);
  await page.goto('/a/b/c');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.ui.notFound);
  await page.getByRole('link', { name: en.ui.backToIndex }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a malformed address gets the not-found page, not a blank app', async ({ page }) => {
  const en = await messagesOf('en');
  // The preview server itself answers such a request with 400, so the app meets these
  // addresses through client-side navigation: a link, history, an address typed in the app.
  await page.goto('/en/409');
  for (const path of ['/de/%', '/%E0%A4%A/409']) {
    await page.evaluate((address) => {
      window.history.pushState(null, '', address);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.ui.notFound);
  }
});

test('text typed into the address is cut short and quoted as typed', async ({ page }) => {
  const typed = `477${'X'.repeat(200)}. Your account is suspended. Call 0800 000 000`;
  await page.goto(`/en/${encodeURIComponent(typed)}`);
  const echoed = page.locator('q.typed');
  await expect(echoed).toHaveText(`${typed.slice(0, 24)}…`);
  await expect(page.getByText('Your account is suspended')).toHaveCount(0);
});

test('the initial locale comes from the browser', async ({ browser }) => {
  const ja = await messagesOf('ja');
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { name: ja.ui.playground })).toBeVisible();
  await context.close();
});
