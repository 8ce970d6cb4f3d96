import { expect, test, type Page } from "@playwright/test";
import { signUpWithNewOrg, submitSignUp } from "./support/sign-up";

const suffix = Date.now().toString(36);
const owner = { name: "Olivia Owner", email: `owner-${suffix}@example.com` };
const viewer = { name: "Victor Viewer", email: `viewer-${suffix}@example.com` };
const orgName = `Acme ${suffix}`;
const orgSlug = `acme-${suffix}`;

test("sign up → create org → invite → second user accepts → viewer cannot change a role", async ({ browser }) => {
  // The owner signs up, is sent to create an organization, and lands on its dashboard.
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signUpWithNewOrg(ownerPage, { ...owner, orgName, slug: orgSlug });

  // Invite a viewer from the members page and copy the one-time link.
  await ownerPage.goto(`/o/${orgSlug}/settings/members`);
  await expect(ownerPage.getByRole("table", { name: "Members" })).toContainText(owner.email);
  await ownerPage.getByRole("button", { name: "Invite member" }).click();
  const dialog = ownerPage.getByRole("dialog");
  await dialog.getByLabel("Email address").fill(viewer.email);
  await dialog.getByRole("combobox").click();
  await ownerPage.getByRole("option", { name: /^Viewer/ }).click();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  const linkField = dialog.getByTestId("invite-link");
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  const inviteLink = await linkField.inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(ownerPage.getByRole("table", { name: "Pending invitations" })).toContainText(viewer.email);

  // The invitee opens the link signed out, creates an account with the invited address and accepts.
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await viewerPage.goto(new URL(inviteLink).pathname);
  await expect(viewerPage.getByText(orgName).first()).toBeVisible();
  await viewerPage.getByRole("link", { name: "Create an account" }).click();
  await submitSignUp(viewerPage, viewer, { emailPrefilled: true });
  await expect(viewerPage).toHaveURL(/\/invite\//);
  await viewerPage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(viewerPage).toHaveURL(new RegExp(`/o/${orgSlug}$`));

  // As a viewer: the members page lists everyone but offers no role controls and no invitations.
  await viewerPage.goto(`/o/${orgSlug}/settings/members`);
  const members = viewerPage.getByRole("table", { name: "Members" });
  await expect(members).toContainText(owner.email);
  await expect(members).toContainText(viewer.email);
  await expect(viewerPage.getByRole("combobox", { name: `Role for ${owner.email}` })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Invite member" })).toHaveCount(0);

  // And the server refuses the change even when the viewer calls the API directly.
  const membershipId = await ownerMembershipId(ownerPage);
  const response = await viewerPage.request.post("/api/trpc/member.changeRole", {
    data: { json: { orgSlug, membershipId, role: "viewer" } },
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("does not allow");

  // The owner sees the new viewer and can still change roles.
  await ownerPage.reload();
  const ownerView = ownerPage.getByRole("table", { name: "Members" });
  await expect(ownerView).toContainText(viewer.email);
  await expect(ownerPage.getByRole("combobox", { name: `Role for ${viewer.email}` })).toBeVisible();
  await ownerPage.screenshot({ path: "test-results/screenshots/members-page.png", fullPage: true });
  await viewerPage.screenshot({ path: "test-results/screenshots/members-page-as-viewer.png", fullPage: true });

  // The audit log recorded the invitation and its acceptance.
  await ownerPage.goto(`/o/${orgSlug}/settings/audit`);
  const log = ownerPage.getByRole("list", { name: "Audit log entries" });
  await expect(log).toContainText(viewer.email);
  await expect(log.getByRole("listitem")).toHaveCount(3);

  // The owner removes the viewer after a confirmation that says what removing does.
  await ownerPage.goto(`/o/${orgSlug}/settings/members`);
  await ownerPage.getByRole("button", { name: `Actions for ${viewer.email}` }).click();
  await ownerPage.getByRole("menuitem", { name: "Remove member" }).click();
  const removal = ownerPage.getByRole("alertdialog", { name: `Remove ${viewer.name}?` });
  await expect(removal).toContainText(`${viewer.email} will lose access to ${orgName} right away.`);
  await removal.getByRole("button", { name: "Remove member" }).click();
  await expect(removal).toBeHidden();
  await expect(ownerPage.getByRole("table", { name: "Members" })).not.toContainText(viewer.email);

  await ownerContext.close();
  await viewerContext.close();
});

async function ownerMembershipId(page: Page): Promise<string> {
  const input = encodeURIComponent(JSON.stringify({ json: { orgSlug } }));
  const response = await page.request.get(`/api/trpc/member.list?input=${input}`);
  const body = (await response.json()) as { result: { data: { json: { membershipId: string; email: string }[] } } };
  const row = body.result.data.json.find((m) => m.email === owner.email);
  if (!row) throw new Error("owner membership not found");
  return row.membershipId;
}
