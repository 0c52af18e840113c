// The preview marks daylight-saving effects per meeting: "offset changed" after a
// transition, "shifted (DST gap)" for a wall time that does not exist; the marks follow
// the form as it changes (and stay put when only the times move).
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, meetings } from "./helpers.js";

test("DST marks: offset changed after the March change in New York, none in Beijing", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page); // Mon + Wed, 09:30, 45 min
  await page.getByLabel("Time zone").selectOption("13"); // (GMT-05:00) Eastern Time
  await page.getByLabel("Start date").fill("2027-03-01");
  await page.getByLabel("End date").fill("2027-03-31");

  const items = meetings(page);
  await expect(items).toHaveCount(10);
  // 2027-03-14: New York springs forward. The local time stays 09:30; the offset moves.
  await expect(items.nth(3)).toContainText("2027-03-10 09:30–10:15 (UTC-05:00)");
  await expect(items.nth(3).locator(".badge")).toHaveCount(0);
  await expect(items.nth(4)).toContainText("2027-03-15 09:30–10:15 (UTC-04:00)");
  await expect(items.nth(4).locator(".badge")).toHaveText(["offset changed"]);
  await expect(page.locator("ul.meetings .badge")).toHaveCount(6);

  // Only the times move: the marks stay, the texts follow.
  await page.getByLabel("Duration (minutes)").fill("60");
  await expect(items.nth(4)).toContainText("2027-03-15 09:30–10:30 (UTC-04:00)");
  await expect(items.nth(4).locator(".badge")).toHaveText(["offset changed"]);
  await expect(page.locator("ul.meetings .badge")).toHaveCount(6);

  // A zone without DST: no marks.
  await page.getByLabel("Time zone").selectOption("56");
  await expect(items.nth(4)).toContainText("2027-03-15 09:30–10:30 (UTC+08:00)");
  await expect(page.locator("ul.meetings .badge")).toHaveCount(0);
});

test("DST marks: a wall time inside the spring-forward gap is shifted", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page);
  await page.getByLabel("Time zone").selectOption("13");
  await page.getByLabel("Repeat").selectOption("Day");
  await page.getByLabel("Start date").fill("2027-03-13");
  await page.getByLabel("End date").fill("2027-03-15");
  await page.getByLabel("Start time").fill("02:30");

  const items = meetings(page);
  await expect(items).toHaveCount(3);
  await expect(items.nth(0).locator(".badge")).toHaveCount(0);
  // 02:30 does not exist on 2027-03-14: the meeting moves to 03:30 EDT.
  await expect(items.nth(1)).toContainText("2027-03-14 03:30");
  await expect(items.nth(1).locator(".badge")).toContainText(["shifted (DST gap)"]);
  await expect(items.nth(2).locator(".badge")).toHaveText(["offset changed"]);
});

test("DST marks: a start time the clocks skip on the start date is said at the field", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page);
  await page.getByLabel("Time zone").selectOption("13");
  await page.getByLabel("Repeat").selectOption("Day");
  await page.getByLabel("Start date").fill("2027-03-14");
  await page.getByLabel("End date").fill("2027-03-16");
  const time = page.getByLabel("Start time");
  await time.fill("02:30");

  // The request's startTime is 03:30 EDT, so every meeting is at 03:30: said, not hidden.
  const note = "02:30 does not exist on the start date in this time zone (the clocks go forward): every meeting will start at 03:30.";
  await expect(page.locator("#f-startTime-msg")).toContainText(note);
  await expect(page.locator(".issue-list")).toContainText(note);
  await expect(meetings(page).nth(1)).toContainText("2027-03-15 03:30");
  // A warning: sending stays possible.
  await expect(time).not.toHaveAttribute("aria-invalid", "true");
  await time.fill("04:30");
  await expect(page.getByText("does not exist on the start date")).toHaveCount(0);
});
