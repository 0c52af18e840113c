// A wrong token gives the 401 message and focuses the token field.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly } from "./helpers.js";

test("wrong token → 401 message, token field focused, form kept", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page, "Token check");
  await page.getByLabel("Access token").fill("not-the-token");
  await page.getByRole("button", { name: "Schedule series" }).click();

  const alert = page.getByRole("alert");
  await expect(alert).toContainText("access token is invalid or expired");
  await expect(alert).toContainText("USG.000000004");
  await expect(alert).toContainText("HTTP status 401");
  const token = page.getByLabel("Access token");
  await expect(token).toBeFocused();
  await expect(token).toHaveAttribute("aria-invalid", "true");
  await token.fill("another-token");
  await expect(token).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Subject")).toHaveValue("Token check");
});
