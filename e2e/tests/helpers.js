// Shared steps of the end-to-end specs (not a spec itself).
import { expect } from "@playwright/test";

export const TOKEN = "e2e-token";
export const NOW = new Date("2027-01-04T00:00:00Z"); // the emulator's --now

/** Opens the app with the browser clock fixed to the emulator's "now". */
export async function openApp(page, url = "/") {
  await page.clock.setFixedTime(NOW);
  await page.goto(url);
  await expect(page.getByRole("form", { name: "Recurring series" })).toBeVisible();
}

/** Fills a weekly series: Mon + Wed, 09:30 Beijing, 45 min, 2027-01-11 → 2027-02-05. */
export async function fillWeekly(page, subject = "Weekly sync") {
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Media type").selectOption("HDVideo");
  await page.getByLabel("Time zone").selectOption("56");
  await page.getByLabel("Start date").fill("2027-01-11");
  await page.getByLabel("Start time").fill("09:30");
  await page.getByLabel("Duration (minutes)").fill("45");
  await page.getByLabel("Repeat").selectOption("Week");
  await page.getByLabel("Every").fill("1");
  const on = page.getByRole("group", { name: "On" });
  for (const day of ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]) {
    const button = on.getByRole("button", { name: day, exact: true });
    const want = day === "Monday" || day === "Wednesday" ? "true" : "false";
    if ((await button.getAttribute("aria-pressed")) !== want) await button.click();
    await expect(button).toHaveAttribute("aria-pressed", want);
  }
  await page.getByLabel("End date").fill("2027-02-05");
  await page.getByLabel("Remind attendees (days before)").fill("1");
}

/** The meetings of the weekly series above: local (Beijing) and UTC starts. */
export const WEEKLY_DATES = [
  "2027-01-11", "2027-01-13", "2027-01-18", "2027-01-20",
  "2027-01-25", "2027-01-27", "2027-02-01", "2027-02-03",
];

/** The "Meetings" list of the preview. */
export function meetings(page) {
  return page.getByRole("region", { name: "Preview" }).getByRole("list", { name: "Meetings" }).getByRole("listitem");
}

/** How many series the emulator at `baseURL` holds. */
export async function seriesCount(request, baseURL) {
  const res = await request.get(`${baseURL}/v1/mmc/management/conferences?offset=0&limit=500`, {
    headers: { "X-Access-Token": TOKEN },
  });
  expect(res.status()).toBe(200);
  return (await res.json()).count;
}
