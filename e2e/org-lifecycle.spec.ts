import { expect, test } from "@playwright/test";
import { createOrganization, PASSWORD } from "./support/sign-up";

const suffix = Date.now().toString(36);
const email = `lifecycle-${suffix}@example.com`;

test("sign-in errors, two orgs with switching, every section, rename, dark mode, delete, sign out", async ({ page }) => {
  // Bad credentials get one generic message.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Invalid email or password.")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/sign-in-error.png" });

  // Bad input on sign-up is explained next to the field, then a real account is created.
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Lena Lifecycle");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/valid email address/i)).toBeVisible();
  await expect(page.getByText("Password must be at least 10 characters.")).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/orgs\/new$/);

  // Two organizations; the switcher moves between them.
  for (const name of [`Alpha ${suffix}`, `Beta ${suffix}`]) {
    await page.goto("/orgs/new");
    await createOrganization(page, { orgName: name, slug: name.toLowerCase().replace(" ", "-") });
  }
  await page.getByRole("button", { name: /Switch organization/ }).click();
  await page.getByRole("menuitem", { name: new RegExp(`Alpha ${suffix}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/o/alpha-${suffix}$`));
  await page.screenshot({ path: "test-results/screenshots/dashboard.png", fullPage: true });

  // A clashing name is refused inline.
  await page.goto("/orgs/new");
  await page.getByLabel("Organization name").fill(`alpha ${suffix}!`);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByText(/already taken/)).toBeVisible();

  // Each section of the sidebar opens a finished page with an explanation of what lives there.
  await page.goto(`/o/alpha-${suffix}`);
  for (const section of ["Workflows", "Runs", "Connections", "Connectors", "Webhooks", "Marketplace"]) {
    await page.getByRole("link", { name: section, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: section })).toBeVisible();
  }
  await page.screenshot({ path: "test-results/screenshots/marketplace-empty.png" });

  // Rename: the slug follows the name.
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByLabel("Name", { exact: true }).fill(`Gamma ${suffix}`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/gamma-${suffix}/settings$`));

  // Dark mode.
  await page.getByRole("button", { name: "Toggle theme" }).click();
  await page.getByRole("menuitem", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.screenshot({ path: "test-results/screenshots/settings-dark.png", fullPage: true });

  // The audit log tells the story so far.
  await page.getByRole("link", { name: "Audit log" }).click();
  const log = page.getByRole("list", { name: "Audit log entries" });
  await expect(log).toContainText(/renamed/i);
  await page.screenshot({ path: "test-results/screenshots/audit-log-dark.png", fullPage: true });

  // The last owner cannot leave: the refusal shows in the dialog, which stays open until cancelled.
  await page.getByRole("link", { name: "General" }).click();
  await page.getByRole("button", { name: "Leave organization" }).click();
  const leave = page.getByRole("alertdialog", { name: `Leave Gamma ${suffix}?` });
  await leave.getByRole("button", { name: "Leave organization" }).click();
  await expect(leave.getByRole("alert")).toContainText("You are the last owner.");
  await leave.getByRole("button", { name: "Cancel" }).click();
  await expect(leave).toBeHidden();

  // Delete needs the slug typed exactly.
  await page.getByRole("button", { name: "Delete organization" }).click();
  const dialog = page.getByRole("alertdialog");
  const confirm = dialog.getByRole("button", { name: "Delete organization" });
  await dialog.getByLabel(/to confirm/).fill("gamma");
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/to confirm/).fill(`gamma-${suffix}`);
  await confirm.click();
  await expect(page).not.toHaveURL(/gamma/);
  await page.goto(`/o/gamma-${suffix}`);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();

  // Sign out ends the session.
  await page.goto(`/o/beta-${suffix}`);
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`/o/beta-${suffix}`);
  await expect(page).toHaveURL(/\/sign-in/);
});
