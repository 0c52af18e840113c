// A fresh form's weekday follows its start date until the user picks weekdays.
import { test, expect } from "@playwright/test";
import { openApp } from "./helpers.js";

test("the preselected weekday follows the start date; the user's picks stay", async ({ page }) => {
  await openApp(page); // now 2027-01-04 (Shanghai): the form starts tomorrow, Tue 2027-01-05
  const on = page.getByRole("group", { name: "On" });
  const day = (name) => on.getByRole("button", { name, exact: true });
  await expect(day("Tue")).toHaveAttribute("aria-pressed", "true");

  await page.getByLabel("Start date").fill("2027-01-07");
  await expect(day("Thu")).toHaveAttribute("aria-pressed", "true");
  await expect(day("Tue")).toHaveAttribute("aria-pressed", "false");

  await day("Mon").click();
  await page.getByLabel("Start date").fill("2027-01-08");
  await expect(day("Mon")).toHaveAttribute("aria-pressed", "true");
  await expect(day("Thu")).toHaveAttribute("aria-pressed", "true");
  await expect(day("Fri")).toHaveAttribute("aria-pressed", "false");
});
