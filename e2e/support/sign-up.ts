import { expect, type Page } from "@playwright/test";

/** Every journey's users share one password; it meets the sign-up rules (10+ characters). */
export const PASSWORD = "correct-horse-42";

type Person = { name: string; email: string; password?: string };

/**
 * Fills and submits the sign-up form the page is on. An invitation link pre-fills the invited address,
 * so with `emailPrefilled` the field is checked rather than typed into.
 */
export async function submitSignUp(page: Page, person: Person, { emailPrefilled = false } = {}) {
  await page.getByLabel("Name").fill(person.name);
  if (emailPrefilled) await expect(page.getByLabel("Email")).toHaveValue(person.email);
  else await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password ?? PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

/**
 * Creates an organization from /orgs/new: the URL preview shows the slug the spec expects the name to
 * become, and creating it lands on that organization's dashboard.
 */
export async function createOrganization(page: Page, { orgName, slug }: { orgName: string; slug: string }) {
  await page.getByLabel("Organization name").fill(orgName);
  await expect(page.getByText(`/o/${slug}`)).toBeVisible();
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}$`));
}

/**
 * The start of most journeys: a new user signs up, is sent to create their first organization, and
 * lands on its dashboard at /o/<slug>.
 */
export async function signUpWithNewOrg(page: Page, input: Person & { orgName: string; slug: string }) {
  await page.goto("/sign-up");
  await submitSignUp(page, input);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  await createOrganization(page, input);
}
