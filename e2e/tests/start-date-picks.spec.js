// A fresh form's weekday (month day) follows its start date until the user picks days
// themselves; from then on the user's picks stay, also after a reload.
import { test, expect } from "@playwright/test";
import { openApp } from "./helpers.js";

/** Opens the app; the weekday/month-day group, a day's toggle by name, the start date. */
async function openPicker(page) {
  await openApp(page);
  const on = page.getByRole("group", { name: "On" });
  const day = (name) => on.getByRole("button", { name, exact: true });
  return { on, day, start: page.getByLabel("Start date") };
}

const pressedDays = (group) =>
  group.locator('button[aria-pressed="true"]').evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label") || b.textContent));

test("the preselected weekday follows the start date; the user's picks stay", async ({ page }) => {
  await openApp(page); // now 2027-01-04 (Shanghai): the form starts tomorrow, Tue 2027-01-05
  const on = page.getByRole("group", { name: "On" });
  const day = (name) => on.getByRole("button", { name, exact: true });
  await expect(day("Tuesday")).toHaveAttribute("aria-pressed", "true");

  await page.getByLabel("Start date").fill("2027-01-07");
  await expect(day("Thursday")).toHaveAttribute("aria-pressed", "true");
  await expect(day("Tuesday")).toHaveAttribute("aria-pressed", "false");

  await day("Monday").click();
  await page.getByLabel("Start date").fill("2027-01-08");
  await expect(day("Monday")).toHaveAttribute("aria-pressed", "true");
  await expect(day("Thursday")).toHaveAttribute("aria-pressed", "true");
  await expect(day("Friday")).toHaveAttribute("aria-pressed", "false");
});

test("a weekday the user picked stays when the start date moves onto another weekday", async ({ page }) => {
  const { on, day, start } = await openPicker(page);
  await start.fill("2027-01-13"); // Wed
  await expect(day("Wednesday")).toHaveAttribute("aria-pressed", "true");
  await day("Monday").click();
  await day("Wednesday").click();
  expect(await pressedDays(on)).toEqual(["Monday"]);
  await start.fill("2027-01-18"); // Mon
  expect(await pressedDays(on)).toEqual(["Monday"]);
  await start.fill("2027-01-20"); // Wed: the user's Monday stays
  await expect(day("Monday")).toHaveAttribute("aria-pressed", "true");
  expect(await pressedDays(on)).toEqual(["Monday"]);

  // Also after a reload (the draft remembers that the user picked).
  await page.reload();
  await expect(start).toHaveValue("2027-01-20");
  await start.fill("2027-01-18");
  await start.fill("2027-01-21");
  await expect(day("Monday")).toHaveAttribute("aria-pressed", "true");
  expect(await pressedDays(on)).toEqual(["Monday"]);
});

test("a month day the user picked stays when the start date moves", async ({ page }) => {
  const { on, day, start } = await openPicker(page);
  await page.getByLabel("Repeat").selectOption("Month");
  await start.fill("2027-01-13");
  await expect(day("13")).toHaveAttribute("aria-pressed", "true");
  await day("1").click();
  await day("13").click();
  expect(await pressedDays(on)).toEqual(["1"]);
  await start.fill("2027-02-01");
  expect(await pressedDays(on)).toEqual(["1"]);
  await start.fill("2027-02-03");
  await expect(day("1")).toHaveAttribute("aria-pressed", "true");
  expect(await pressedDays(on)).toEqual(["1"]);
});

test("a draft saved before the app remembered picks: follows only when it holds the start date's day", async ({ page }) => {
  const { on, day, start } = await openPicker(page);
  // Drafts as an older version wrote them: no "picked" entries.
  const oldDraft = async (weekPoints) => {
    await page.evaluate((points) => {
      const key = Object.keys(localStorage).find((k) => /draft/i.test(k));
      const draft = JSON.parse(localStorage.getItem(key));
      for (const k of Object.keys(draft)) if (/picked/.test(k)) delete draft[k];
      draft.start_date = "2027-01-13";
      draft.cycle = "Week";
      draft.week_points = points;
      localStorage.setItem(key, JSON.stringify(draft));
    }, weekPoints);
    await page.reload();
    await expect(start).toHaveValue("2027-01-13");
  };
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => /draft/i.test(k)));
  await oldDraft([3]); // Wed = the start date's weekday: a fresh form's pick, follows
  await start.fill("2027-01-18");
  expect(await pressedDays(on)).toEqual(["Monday"]);
  await oldDraft([1]); // Mon on a Wednesday start: the user's, stays
  await start.fill("2027-01-20");
  await expect(day("Monday")).toHaveAttribute("aria-pressed", "true");
  expect(await pressedDays(on)).toEqual(["Monday"]);
});
