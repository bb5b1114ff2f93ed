import { chooseLocale, expect, messagesOf, saveScreenshot, test } from './fixtures';

test('Arabic renders right to left', async ({ page }, testInfo) => {
  const ar = await messagesOf('ar');
  await page.goto('/ar/503');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByText(ar.statuses['503'].summary, { exact: true })).toBeVisible();
  // Laid out right to left: the start of a line is on the right.
  const heading = page.getByRole('heading', { name: ar.ui.meaning });
  const box = await heading.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.x + box.width).toBeGreaterThan((viewport?.width ?? 0) / 2);
  expect(await heading.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  await saveScreenshot(page, 'reference-ar-503', testInfo);

  await chooseLocale(page, 'en');
  await expect(page).toHaveURL(/\/en\/503$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('Japanese shows its own texts in the playground and on the reference page', async ({
  page,
}, testInfo) => {
  const ja = await messagesOf('ja');
  await page.goto('/');
  await chooseLocale(page, 'ja');
  await page.getByRole('button', { name: '429', exact: true }).click();
  await expect(page.getByTestId('toast')).toContainText(ja.statuses['429'].message);
  await saveScreenshot(page, 'playground-429-ja', testInfo, { fullPage: false });
  await page.goto('/ja/404');
  await expect(page.getByText(ja.statuses['404'].summary, { exact: true })).toBeVisible();
});

test('every locale package appears in the switcher by its own name', async ({ page }) => {
  const { readdir } = await import('node:fs/promises');
  const tags = (await readdir(new URL('../../../packages/locales/', import.meta.url))).sort();
  await page.goto('/');
  const options = page.getByRole('combobox').locator('option');
  await expect(options).toHaveCount(tags.length);
  for (const tag of tags) {
    const { name } = await messagesOf(tag);
    await expect(page.getByRole('combobox').locator(`option[value="${tag}"]`)).toHaveText(name);
  }
});
