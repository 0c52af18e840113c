// The preview keeps its meetings while the request has errors outside the series (a new
// attendee without contact yet, a bad email); the send stays disabled until they are
// fixed. An error in the series itself (the interval) still empties it.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, meetings, WEEKLY_DATES } from "./helpers.js";

test("an attendee error keeps the meetings in the preview and disables the send", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page);
  const preview = page.getByRole("region", { name: "Preview" });
  const send = page.getByRole("button", { name: "Schedule series" });
  await expect(meetings(page)).toHaveCount(WEEKLY_DATES.length);
  await expect(send).toBeEnabled();

  await page.getByRole("button", { name: "Add attendee" }).click();
  await expect(page.locator("#f-att-1-name")).toBeFocused();
  // The new row has no contact yet: an error, and the meetings stay.
  await expect(page.getByText("The attendee needs at least one of phone, email or sms.").first()).toBeVisible();
  await expect(send).toBeDisabled();
  await expect(meetings(page)).toHaveCount(WEEKLY_DATES.length);
  await expect(preview).toContainText("8 meetings");
  await expect(preview).not.toContainText("Fix the errors");

  await page.locator("#f-att-1-email").fill("ada@example");
  await expect(page.getByText('"ada@example" does not look like an email address.').first()).toBeVisible();
  await expect(meetings(page)).toHaveCount(WEEKLY_DATES.length);
  await expect(send).toBeDisabled();

  await page.locator("#f-att-1-email").fill("ada@example.com");
  await expect(send).toBeEnabled();

  // An error in the series' own fields: no meetings to show.
  await page.getByLabel("Every").fill("9");
  await expect(meetings(page)).toHaveCount(0);
  await expect(send).toBeDisabled();
});
