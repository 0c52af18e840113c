// Instant feedback: an invalid interval shows its message at the field, in the summary
// (linking to the field) and disables sending.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, meetings } from "./helpers.js";

test("invalid interval: message at the field, summary link, send disabled", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page);
  const every = page.getByLabel("Every");
  await every.fill("9");
  await expect(every).toHaveAttribute("aria-invalid", "true");
  const described = await every.getAttribute("aria-describedby");
  expect(described).toContain("f-cycleParams-interval-msg");
  await expect(page.locator("#f-cycleParams-interval-msg")).toContainText("1 to 5");
  await expect(page.getByRole("button", { name: "Schedule series" })).toBeDisabled();

  const link = page.locator('.issue-list a[href="#f-cycleParams-interval"]');
  await expect(link).toContainText("MMC.111071044");
  await every.blur();
  await link.click();
  await expect(every).toBeFocused();

  await every.fill("2");
  await expect(every).not.toHaveAttribute("aria-invalid", "true");
  await expect(meetings(page)).toHaveCount(4);
  await expect(page.getByRole("button", { name: "Schedule series" })).toBeEnabled();
});
