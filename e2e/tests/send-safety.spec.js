// Only the "Schedule series" button sends: Enter in a field does not (a series cannot be
// unscheduled), and without a token nothing is sent and the message says so.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, seriesCount, TOKEN } from "./helpers.js";

test("Enter in a field does not send; an empty token sends nothing", async ({ page, request, baseURL }) => {
  await openApp(page);
  await fillWeekly(page, "Enter check");
  const before = await seriesCount(request, baseURL);

  await page.getByRole("button", { name: "Schedule series" }).click();
  await expect(page.getByRole("alert")).toContainText("Nothing was sent: enter your access token first.");
  await expect(page.getByLabel("Access token")).toBeFocused();

  await page.getByLabel("Access token").fill(TOKEN);
  await page.getByLabel("Subject").press("Enter");
  await page.getByLabel("Duration (minutes)").press("Enter");
  // A send to the emulator on loopback answers within milliseconds.
  await page.waitForTimeout(500);
  await expect(page.getByRole("region", { name: "Series scheduled" })).toHaveCount(0);
  expect(await seriesCount(request, baseURL)).toBe(before);
});
