// The release build loads the form's rarer parts on demand (src/lazy.rs): the page
// works before any part is fetched, a part comes with its first use, and a part that
// cannot be fetched says so at its place while the rest of the form (and the draft) stays;
// its next use tries again.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, meetings, TOKEN } from "./helpers.js";

const isPart = (url) => /\/(split|chunk)_[a-z_0-9]+-[0-9a-f]{16}\.wasm$/.test(url);
const blockParts = (page) => page.route((url) => isPart(url.href), (route) => route.abort("internetdisconnected"));

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

test("a part that cannot be fetched says so, adds nothing unseen, keeps the draft, and comes at the next use", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page, "Offline after load");
  await blockParts(page);

  // No row can be shown, so none is added (a hidden attendee would block the send).
  await page.getByRole("button", { name: "Add attendee" }).click();
  const attendees = page.locator("#f-attendees");
  await expect(attendees.getByRole("alert")).toContainText("did not load");
  await expect(attendees.locator("summary")).toContainText("(0)");
  await expect(page.getByRole("button", { name: "Schedule series" })).toBeEnabled();

  // A section opened now says so in its body.
  const advanced = page.locator("details.section", { hasText: "Advanced" });
  await advanced.locator("summary").click();
  await expect(advanced.getByRole("alert")).toContainText("did not load");

  // The form still previews and validates, and the draft has what was typed.
  await expect(meetings(page)).toHaveCount(8);
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).toContain("Offline after load");

  // Back online: the next use of each part fetches it.
  await page.unrouteAll();
  await advanced.locator("summary").click(); // close
  await advanced.locator("summary").click(); // and open again
  await expect(page.getByLabel("Participant limit (0 = unlimited)")).toBeVisible();
  await page.getByRole("button", { name: "Add attendee" }).click();
  await expect(page.locator("li.attendee")).toHaveCount(1);
  await expect(attendees.locator("summary")).toContainText("(1)");
  await expect(attendees.getByRole("alert")).toHaveCount(0);
});

test("the success view comes with the code that sends: a created series is shown without another fetch", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page, "Shown once created");
  // A first send with a wrong token brings the sending part.
  await page.getByLabel("Access token").fill("not-the-token");
  await page.getByRole("button", { name: "Schedule series" }).click();
  await expect(page.getByRole("alert")).toContainText("USG.000000004");
  // Offline for parts from now on; the series is still created and shown as created.
  await blockParts(page);
  await page.getByLabel("Access token").fill(TOKEN);
  await page.getByRole("button", { name: "Schedule series" }).click();
  await expect(page.getByRole("heading", { name: "Series scheduled" })).toBeVisible();
  await expect(page.locator(".conf-id strong")).not.toBeEmpty();
});

test("a row that arrives late does not take the focus from a field the user went on to", async ({ page }) => {
  await page.route((url) => isPart(url.href), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await openApp(page);
  await page.getByRole("button", { name: "Add attendee" }).click();
  // While the rows' code comes, the section says so.
  await expect(page.locator("#f-attendees")).toContainText("Loading…");
  const subject = page.getByLabel("Subject");
  await subject.click();
  await subject.pressSequentially("Typed while the row loads", { delay: 60 });
  await expect(page.locator("li.attendee")).toHaveCount(1);
  await expect(subject).toBeFocused();
  await expect(subject).toHaveValue("Typed while the row loads");
  await expect(page.locator("#f-att-1-name")).toHaveValue("");
});
