// The page never scrolls sideways: the cURL command's long line scrolls inside its box.
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
