// Focus goes where the user's next step is: a new attendee's name, after a removal the
// Remove button of the row that takes its place (or "Add attendee" when none is left),
// the success heading after a send, the subject after "Schedule another".
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

test("removing attendees one after another: the focus stays in the list", async ({ page }) => {
  await openApp(page);
  const add = page.getByRole("button", { name: "Add attendee" });
  for (let i = 0; i < 3; i++) await add.click();
  // Rows 1, 2, 3 (ids 1–3). Removing row 2 focuses the row that takes its place (id 3),
  // which is now row 2; removing the last row focuses the one before it.
  await page.locator("#f-att-2-remove").click();
  await expect(page.locator("#f-att-3-remove")).toBeFocused();
  await expect(page.locator("#f-att-3-remove")).toContainText("Remove attendee 2");
  await page.keyboard.press("Enter");
  await expect(page.locator("#f-att-1-remove")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(add).toBeFocused();
  await expect(page.locator("li.attendee")).toHaveCount(0);
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
