// The release build loads the form's rarer parts on demand (src/lazy.rs): the page
// works before any part is fetched, a part comes with its first use, and a part that
// cannot be fetched says so at its place while the rest of the form (and the draft) stays.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, meetings } from "./helpers.js";

const isPart = (url) => /\/(split|chunk)_[a-z_0-9]+-[0-9a-f]{16}\.wasm$/.test(url);

test("the form and its preview work before any part is fetched; a part comes with its first use", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => {
    if (isPart(r.url())) fetched.push(new URL(r.url()).pathname);
  });
  await openApp(page);
  await fillWeekly(page, "No parts yet");
  await expect(meetings(page)).toHaveCount(8);
  expect(fetched).toEqual([]);

  // The attendee rows are a part: the first row fetches it.
  await page.getByRole("button", { name: "Add attendee" }).click();
  await expect(page.locator("#f-att-1-name")).toBeFocused();
  expect(fetched.some((p) => p.startsWith("/split_form_extras-"))).toBe(true);

  // So is an optional section's body: its fields appear when it is opened.
  await page.getByText("Advanced", { exact: true }).click();
  await expect(page.getByLabel("Participant limit (0 = unlimited)")).toBeVisible();
});

test("a part that cannot be fetched says so where it belongs; the draft is kept", async ({ page }) => {
  await page.route((url) => isPart(url.href), (route) => route.abort("internetdisconnected"));
  await openApp(page);
  await fillWeekly(page, "Offline after load");
  await page.getByRole("button", { name: "Add attendee" }).click();
  const attendees = page.locator("#f-attendees");
  await expect(attendees.getByRole("alert")).toContainText("did not load");
  // The form still previews and validates, and the draft has what was typed.
  await expect(meetings(page)).toHaveCount(8);
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).toContain("Offline after load");

  // Once the network is back, the next use fetches the part again.
  await page.unrouteAll();
  await page.getByText("Advanced", { exact: true }).click();
  await expect(page.getByLabel("Participant limit (0 = unlimited)")).toBeVisible();
});
