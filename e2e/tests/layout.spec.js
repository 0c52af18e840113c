// The page never scrolls sideways: the cURL command's long line scrolls inside its box.
// The header's language label stays on one line in Chinese.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly } from "./helpers.js";

for (const width of [1280, 375]) {
  test(`cURL command open at ${width} px: no horizontal page scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    await fillWeekly(page);
    await page.locator("details.code > summary", { hasText: "cURL command" }).click();
    await expect(page.locator("details.code pre").last()).toContainText("curl -X POST");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

for (const width of [1280, 375]) {
  test(`zh-CN language label on one line at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    await page.getByLabel("Language", { exact: true }).selectOption("zh-CN");
    const label = page.locator('label[for="ui-lang"]');
    await expect(label).toHaveText("语言");
    // One line: the label is no taller than one line of its text.
    const { height, lineHeight } = await label.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(el).lineHeight),
    }));
    expect(lineHeight).toBeGreaterThan(0);
    expect(height).toBeLessThan(lineHeight * 1.5);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
