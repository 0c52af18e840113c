// A double click on "Schedule series" creates exactly one series in the emulator.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, seriesCount, TOKEN } from "./helpers.js";

test("double click sends once", async ({ page, request, baseURL }) => {
  const before = await seriesCount(request, baseURL);
  await openApp(page);
  await fillWeekly(page, "Double click");
  // The API base URL setting, pointed explicitly at the emulator.
  await page.getByLabel("API base URL").fill(baseURL);
  await page.getByLabel("Access token").fill(TOKEN);
  await page.getByRole("button", { name: "Schedule series" }).dblclick();
  await expect(page.getByTestId("conference-id")).toHaveText(/^\d{9}$/);
  await page.waitForTimeout(500);
  expect(await seriesCount(request, baseURL)).toBe(before + 1);
});
