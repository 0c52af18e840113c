// The success view's "Download .ics" holds every created meeting, also once the first
// one has begun: the file is made as of the moment the series was sent, not as of a
// later "now" (when the request would be in the past and no file would come).
import { readFile } from "node:fs/promises";
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, WEEKLY_DATES, TOKEN } from "./helpers.js";

test("success view: .ics of the created series after its first meeting began", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page, "Download later");
  await page.getByLabel("Access token").fill(TOKEN);
  await page.getByRole("button", { name: "Schedule series" }).click();
  const success = page.getByRole("region", { name: "Series scheduled" });
  await expect(success).toBeVisible();

  // A day later: the first meeting (2027-01-11 01:30 UTC) is over.
  await page.clock.setFixedTime(new Date("2027-01-12T00:00:00Z"));
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 10_000 }),
    success.getByRole("button", { name: "Download .ics" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("cycleconf-series.ics");
  const ics = await readFile(await download.path(), "utf8");
  const starts = [...ics.matchAll(/^DTSTART:(\d{8})T013000Z\r?$/gm)].map((m) => m[1]);
  expect(starts).toEqual(WEEKLY_DATES.map((d) => d.replaceAll("-", "")));
  expect(ics).toContain("SUMMARY:Download later");
  // DTSTAMP is the moment of sending (the emulator's and the page's "now").
  expect(ics).toContain("DTSTAMP:20270104T000000Z");
});
