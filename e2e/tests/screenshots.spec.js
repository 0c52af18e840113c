// Screenshots at 1280 and 375 px (light and dark) under e2e/output/.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, meetings } from "./helpers.js";

for (const width of [1280, 375]) {
  test(`screenshot at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    await fillWeekly(page);
    await expect(meetings(page)).toHaveCount(8);
    // Usable at this width: nothing wider than the viewport.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `output/screenshot-${width}.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: `output/screenshot-${width}-dark.png`, fullPage: true });
  });
}
