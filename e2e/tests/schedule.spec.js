// A weekly series is filled in, the preview lists the expected meetings, it is sent and
// the conference ID shows.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, meetings, WEEKLY_DATES, TOKEN } from "./helpers.js";

test("weekly series: preview lists every meeting, send shows the conference ID", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page);

  const items = meetings(page);
  await expect(items).toHaveCount(WEEKLY_DATES.length);
  for (const [i, date] of WEEKLY_DATES.entries()) {
    await expect(items.nth(i)).toContainText(`${date} 09:30–10:15 (UTC+08:00)`);
    await expect(items.nth(i)).toContainText(`UTC ${date} 01:30–02:15`);
  }
  await expect(page.getByRole("region", { name: "Preview" })).toContainText("8 meetings");
  // The month calendar marks January's six dates.
  await expect(page.locator(".calendar h3")).toContainText("2027-01");
  await expect(page.locator(".calendar td.on")).toHaveText(["11 meeting", "13 meeting", "18 meeting", "20 meeting", "25 meeting", "27 meeting"]);
  await page.getByRole("button", { name: "Next month" }).click();
  await expect(page.locator(".calendar td.on")).toHaveText(["1 meeting", "3 meeting"]);

  // The .ics of the preview holds the eight meetings.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("region", { name: "Preview" }).getByRole("button", { name: "Download .ics" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("cycleconf-series.ics");
  const ics = await (await import("node:fs/promises")).readFile(await download.path(), "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(8);

  await page.getByLabel("Access token").fill(TOKEN);
  const send = page.getByRole("button", { name: "Schedule series" });
  await expect(send).toBeEnabled();
  await send.click();

  const success = page.getByRole("region", { name: "Series scheduled" });
  await expect(success).toBeVisible();
  await expect(page.getByTestId("conference-id")).toHaveText(/^\d{9}$/);
  await expect(success.getByRole("list", { name: "Created meetings" }).getByRole("listitem")).toHaveCount(8);
  // Each created meeting in the series' zone (as the preview lists it) and in UTC.
  const created = success.getByRole("list", { name: "Created meetings" }).getByRole("listitem");
  await expect(created.first()).toContainText("2027-01-11 09:30–10:15 (UTC+08:00)");
  await expect(created.first()).toContainText("UTC 2027-01-11 01:30–02:15");
  // Passwords are hidden until revealed.
  await expect(success.locator(".passwords")).not.toContainText(/\d{6}/);
  await success.getByRole("button", { name: /Show/ }).click();
  await expect(success.locator(".passwords")).toContainText(/\d{6}/);
  // Back to a fresh form.
  await success.getByRole("button", { name: "Schedule another" }).click();
  await expect(page.getByLabel("Subject")).toHaveValue("");
});
