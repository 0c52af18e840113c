// Focus goes where the user's next step is: a new attendee's name, the section after a
// removal, the success heading after a send, the subject after "Schedule another".
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, TOKEN } from "./helpers.js";

test("focus follows adding and removing attendees", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Add attendee" }).click();
  await expect(page.locator("#f-att-1-name")).toBeFocused();
  await page.keyboard.type("Ada");
  await expect(page.locator("#f-att-1-name")).toHaveValue("Ada");
  await page.getByRole("button", { name: /Remove attendee/ }).click();
  await expect(page.locator("#f-att-1-name")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add attendee" })).toBeFocused();
});

test("after a send: success heading focused, the draft is gone, Schedule another focuses the subject", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page, "Sent once");
  await page.getByLabel("Access token").fill(TOKEN);
  await page.getByRole("button", { name: "Schedule series" }).click();
  await expect(page.getByRole("heading", { name: "Series scheduled" })).toBeFocused();
  // The scheduled series is not offered again after a reload.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /draft/i.test(k)))).toEqual([]);
  await page.getByRole("button", { name: "Schedule another" }).click();
  await expect(page.getByLabel("Subject")).toBeFocused();
  await expect(page.getByLabel("Subject")).toHaveValue("");
});
