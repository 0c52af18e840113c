// Smoke: the built app loads in Chromium, shows its name, logs no console error.
import { test, expect } from "@playwright/test";

test("the built app loads and shows its title without console errors", async ({ page }) => {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(msg.text());
  });
  page.on("pageerror", (err) => problems.push(String(err)));

  await page.goto("/");
  await expect(page).toHaveTitle(/cycleconf/);
  await expect(page.getByRole("heading", { level: 1, name: "cycleconf" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Recurring series" })).toBeVisible();
  expect(problems).toEqual([]);
});
