// A summary link reaches its field wherever it is: it opens a closed section, and a
// group (the weekday toggles) gives the focus to its first control.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly } from "./helpers.js";

test("summary links open closed sections and focus into groups", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page);
  const advanced = page.locator("details.section", { hasText: "Advanced" });
  await advanced.locator("summary").click();
  const limit = page.getByLabel("Participant limit (0 = unlimited)");
  await limit.fill("-1");
  await expect(limit).toHaveAttribute("aria-invalid", "true");
  await advanced.locator("summary").click();
  await expect(limit).toBeHidden();

  await page.locator(".issue-list a", { hasText: "concurrentParticipants" }).click();
  await expect(limit).toBeVisible();
  await expect(limit).toBeFocused();
  await limit.fill("");

  // No weekday: the series falls back to the start date's (a warning on the group).
  const on = page.getByRole("group", { name: "On" });
  for (const day of ["Monday", "Wednesday"]) await on.getByRole("button", { name: day, exact: true }).click();
  await page.locator(".issue-list a", { hasText: "cycleParams.point" }).click();
  await expect(on.getByRole("button", { name: "Sunday", exact: true })).toBeFocused();
});

test("an API base URL that is not http(s) is flagged and nothing is sent", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page);
  await page.getByLabel("Access token").fill("e2e-token");
  const base = page.getByLabel("API base URL");
  await base.fill("127.0.0.1:4173");
  await expect(base).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Schedule series" }).click();
  await expect(page.getByRole("alert")).toContainText("must start with http:// or https://");
  await expect(base).toBeFocused();
  await base.fill("");
  await expect(base).not.toHaveAttribute("aria-invalid", "true");
});

test("on a phone, a summary link shows the field with its label", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openApp(page);
  await fillWeekly(page);
  const advanced = page.locator("details.section", { hasText: "Advanced" });
  await advanced.locator("summary").click();
  await page.getByLabel("Participant limit (0 = unlimited)").fill("-1");
  await advanced.locator("summary").click();
  await page.locator(".issue-list a", { hasText: "concurrentParticipants" }).click();
  const limit = page.getByLabel("Participant limit (0 = unlimited)");
  await expect(limit).toBeFocused();
  const label = page.locator('label[for="f-concurrentParticipants"]');
  await expect(label).toBeInViewport();
  await expect(limit).toBeInViewport();
});
