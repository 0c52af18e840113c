// The draft survives a reload; the token is never written to localStorage.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, meetings } from "./helpers.js";

test("reload keeps the draft but not the token in localStorage", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page, "Kept after reload");
  await page.getByRole("button", { name: "Add attendee" }).click();
  await page.locator("#f-att-1-name").fill("Ada");
  await page.locator("#f-att-1-email").fill("ada@example.com");
  await page.getByLabel("Access token").fill("secret-token-value");

  await page.reload();
  await expect(page.getByLabel("Subject")).toHaveValue("Kept after reload");
  await expect(page.getByLabel("Start time")).toHaveValue("09:30");
  await expect(page.getByLabel("End date")).toHaveValue("2027-02-05");
  await expect(page.locator("#f-att-1-email")).toHaveValue("ada@example.com");
  await expect(page.getByRole("group", { name: "On" }).getByRole("button", { name: "Wednesday", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(meetings(page)).toHaveCount(8);

  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).toContain("Kept after reload");
  expect(stored).not.toContain("secret-token-value");
  // The token lives in sessionStorage for this tab only.
  await expect(page.getByLabel("Access token")).toHaveValue("secret-token-value");

  // Reset asks first; dismissing keeps everything.
  page.once("dialog", (d) => d.dismiss());
  await page.getByRole("button", { name: "Reset form" }).click();
  await expect(page.getByLabel("Subject")).toHaveValue("Kept after reload");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Reset form" }).click();
  await expect(page.getByLabel("Subject")).toHaveValue("");
});
