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

/**
 * In the browser: for each text, each left-to-right run (an isolate U+2066…U+2069, or a Latin
 * word with the characters that join it) must be laid out left to right, character after
 * character, inside the right-to-left paragraph. Returns the runs that are not.
 */
function misorderedRuns(texts: string[]): string[] {
  const problems: string[] = [];
  document.documentElement.dir = 'rtl';
  document.documentElement.lang = 'ar';
  for (const text of texts) {
    const paragraph = document.createElement('p');
    paragraph.style.cssText = 'width: 100000px; white-space: nowrap; font: 16px sans-serif';
    paragraph.textContent = text;
    document.body.replaceChildren(paragraph);
    const node = paragraph.firstChild as Text;
    const leftOf = (offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const runs = [
      ...text.matchAll(/\u2066([^\u2069]*)\u2069|[A-Za-z][A-Za-z0-9]*(?:[-/.:+][A-Za-z0-9]+)*/g),
    ];
    for (const run of runs) {
      const start = (run.index ?? 0) + (run[1] === undefined ? 0 : 1);
      const content = run[1] ?? run[0];
      let previous = Number.NEGATIVE_INFINITY;
      for (let offset = 0; offset < content.length; offset++) {
        if (/\s/.test(content[offset] as string)) continue;
        const left = leftOf(start + offset);
        if (left <= previous) {
          problems.push(`${content} in: ${text}`);
          break;
        }
        previous = left;
      }
    }
  }
  return problems;
}

test('every Arabic text that holds Latin keeps each left-to-right run in order', async ({
  page,
}) => {
  const ar = await messagesOf('ar');
  const texts: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') {
      if (/[A-Za-z]/.test(value)) texts.push(value.replace(/\{\{(\w+)\}\}/g, '\u2066$1\u2069'));
    } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect({ classes: ar.classes, ui: ar.ui, statuses: ar.statuses });
  expect(texts.length).toBeGreaterThan(50);
  await page.setContent('<!doctype html><html><body></body></html>');
  expect(await page.evaluate(misorderedRuns, texts)).toEqual([]);
});

test('interpolated values keep their order inside an Arabic title', async ({ page }) => {
  await page.goto('/ar/404');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading.locator('bdi')).toHaveText(['404', 'Not Found']);
  // "HTTP 404 (Not Found)" reads left to right inside the right-to-left heading.
  const order = await heading.evaluate((element) => {
    const text = element.textContent ?? '';
    const positions = ['H', '4', 'N'].map((character) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node.textContent ?? '').indexOf(character);
        if (index >= 0) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          return range.getBoundingClientRect().left;
        }
      }
      return Number.NaN;
    });
    return { text, positions };
  });
  expect(order.positions[0]).toBeLessThan(order.positions[1] as number);
  expect(order.positions[1]).toBeLessThan(order.positions[2] as number);
});
