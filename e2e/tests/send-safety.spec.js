// Only the "Schedule series" button sends: Enter in a field does not (a series cannot be
// unscheduled), without a token nothing is sent and the message says so, and the form is
// locked while a send is in flight (an edit then would not be in the created series).
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
  // Answered: the message goes with the first character of a token.
  await expect(page.getByText("Nothing was sent: enter your access token first.")).toHaveCount(0);
  await page.getByLabel("Subject").press("Enter");
  await page.getByLabel("Duration (minutes)").press("Enter");
  // A send to the emulator on loopback answers within milliseconds.
  await page.waitForTimeout(500);
  await expect(page.getByRole("region", { name: "Series scheduled" })).toHaveCount(0);
  expect(await seriesCount(request, baseURL)).toBe(before);
});

test("the form is locked while the series is being sent", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page, "Locked while sending");
  await page.getByLabel("Access token").fill(TOKEN);
  // Hold the answer back for a moment.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route("**/v1/mmc/management/cycleconferences", async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole("button", { name: "Schedule series" }).click();
  await expect(page.getByRole("button", { name: "Sending…" })).toBeDisabled();
  await expect(page.getByLabel("Subject")).toBeDisabled();
  await expect(page.getByLabel("End date")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Add attendee" })).toBeDisabled();
  release();
  await expect(page.getByTestId("conference-id")).toHaveText(/^\d{9}$/);
  await expect(page.getByText("Locked while sending").first()).toBeVisible();
});
