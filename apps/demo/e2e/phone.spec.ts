import { expect, messagesOf, saveScreenshot, test } from './fixtures';

test('the reference page reads on a phone without sideways scrolling', async ({
  page,
}, testInfo) => {
  const zhCN = await messagesOf('zh-CN');
  await page.goto('/zh-CN/409');
  await expect(page.getByText(zhCN.statuses['409'].summary, { exact: true })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'phone-reference-zh-CN-409', testInfo);
});
