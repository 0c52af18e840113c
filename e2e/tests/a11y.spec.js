// axe-core finds no serious or critical violations (form with and without errors, the
// request JSON and cURL boxes open, dark mode, 50 meetings).
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { openApp, fillWeekly } from "./helpers.js";

async function seriousViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

test("axe: no serious or critical violations", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page);
  for (const s of ["Recording and live streaming", "Cloud meeting room", "Advanced", "Meeting settings (confConfigInfo)"]) {
    await page.getByText(s, { exact: true }).click();
  }
  await page.getByRole("button", { name: "Add attendee" }).click();
  // Each collapsible section is a named group.
  for (const name of ["Attendees", "Advanced"]) {
    await expect(page.getByRole("group", { name, exact: true })).toBeVisible();
  }
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel("Every").fill("9");
  await page.locator("#f-att-1-email").fill("not-an-address");
  await expect(page.getByLabel("Every")).toHaveAttribute("aria-invalid", "true");
  expect(await seriousViolations(page)).toEqual([]);

  // The request JSON and cURL boxes scroll: open, a keyboard can reach them too.
  for (const name of ["Request JSON", "cURL command"]) {
    await page.locator("details.code > summary", { hasText: name }).click();
  }
  await expect(page.locator("details.code pre").last()).toContainText("curl -X POST");
  await expect(page.locator("details.code pre").first()).toContainText('"cycleParams"');
  expect(await seriousViolations(page)).toEqual([]);

  await page.emulateMedia({ colorScheme: "dark" });
  expect(await seriousViolations(page)).toEqual([]);

  // 50 daily meetings: the meetings list scrolls, and a keyboard can reach it.
  await page.getByLabel("Every").fill("1");
  await page.locator("#f-att-1-email").fill("ada@example.com");
  await page.getByLabel("Repeat").selectOption("Day");
  await page.getByLabel("End date").fill("2027-06-30");
  await expect(page.getByRole("list", { name: "Meetings" }).getByRole("listitem")).toHaveCount(50);
  expect(await seriousViolations(page)).toEqual([]);
});
