import { createHmac, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { startRecordingApi, type RecordingApi } from "./support/recording-api";
import { signUpWithNewOrg } from "./support/sign-up";

const suffix = Date.now().toString(36);
let api: RecordingApi;

test.beforeAll(async () => {
  // Where the workflow reports each issue: a real HTTP server on loopback (allow-listed in the E2E server's env).
  api = await startRecordingApi(() => ({ ok: true }));
});

test.afterAll(() => api.close());

/** A delivery as GitHub sends one: the HMAC-SHA256 of the raw body, hex, in X-Hub-Signature-256. */
function githubDelivery(url: string, secret: string, input: { body: string; event: string; deliveryId: string }) {
  const signature = `sha256=${createHmac("sha256", secret).update(input.body).digest("hex")}`;
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/e2e",
      "x-github-event": input.event,
      "x-github-delivery": input.deliveryId,
      "x-hub-signature-256": signature,
    },
    body: input.body,
  });
}

test("create a webhook endpoint, send it a signed delivery, see the delivery and follow the run it started", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUpWithNewOrg(page, { name: "Hank Hooks", email: `hank-${suffix}@example.com`, orgName: `Hooks ${suffix}`, slug: `hooks-${suffix}` });

  // Webhooks: the empty page, then a GitHub-signed endpoint whose secret Junction generates.
  await page.getByRole("link", { name: "Webhooks", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  await expect(page.getByText("No webhook endpoints yet")).toBeVisible();
  await page.getByRole("button", { name: "New endpoint" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "New webhook endpoint" })).toBeVisible();
  await dialog.getByLabel("Name").fill("GitHub issues");
  await dialog.getByRole("radio", { name: /^GitHub/ }).click();
  await expect(dialog.getByRole("radio", { name: /^GitHub/ })).toBeChecked();
  await dialog.getByRole("button", { name: "Create endpoint" }).click();

  // The secret and the URLs, shown once: read as a person copies them.
  await expect(dialog.getByRole("heading", { name: "“GitHub issues” is ready" })).toBeVisible();
  const secret = (await dialog.getByTestId("webhook-secret").textContent())?.trim() ?? "";
  expect(secret.length).toBeGreaterThanOrEqual(32);
  await dialog.getByRole("button", { name: "Copy secret" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await dialog.getByRole("button", { name: "Copy URL" }).click();
  const hookUrl = await page.evaluate(() => navigator.clipboard.readText());
  expect(hookUrl).toMatch(/^http:\/\/127\.0\.0\.1:3100\/api\/hooks\/wh_[A-Za-z0-9_-]{32}$/);
  // The trigger a workflow names the endpoint with, copied as the dialog offers it.
  await dialog.getByRole("button", { name: "Copy trigger" }).click();
  const trigger = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { kind: string; endpointId: string };
  expect(trigger).toEqual({ kind: "webhook", endpointId: expect.stringMatching(/^wh_/) });
  const { endpointId } = trigger;
  expect(hookUrl).toBe(`http://127.0.0.1:3100/api/hooks/${endpointId}`);
  const directUrl = (await dialog.getByText(/^Also served, faster, at/).locator("code").textContent())?.trim() ?? "";
  expect(directUrl).toBe(`http://127.0.0.1:3101/hooks/${endpointId}`);
  await dialog.getByRole("button", { name: "I've copied the secret" }).click();
  await expect(dialog).toBeHidden();

  // Only the hint is left; nothing listens yet.
  const row = page.getByRole("listitem", { name: "GitHub issues" });
  await expect(row).toContainText("GitHub");
  await expect(row).toContainText("No published workflow listens to it yet");
  await expect(page.getByText(secret)).toHaveCount(0);

  // A workflow triggered by the endpoint (the copied trigger), for opened issues only (GitHub event + action).
  await page.getByRole("link", { name: "Workflows", exact: true }).click();
  await page.getByRole("button", { name: "New workflow" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("Triage GitHub issues");
  await page.getByRole("dialog").getByRole("button", { name: "Create workflow" }).click();
  await expect(page).toHaveURL(/\/workflows\/[0-9a-f-]{36}$/);
  const definition = {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "GitHub delivery", trigger: { ...trigger, filter: 'event = "issues.opened"' } },
      { id: "shape", type: "transform", name: "Shape", expression: '{ "title": trigger.body.issue.title, "action": trigger.body.action, "event": trigger.event }' },
      { id: "report", type: "action", name: "Report issue", action: "http.request", input: { method: "POST", url: `${api.url}/issues`, body: "{{ steps.shape }}" } },
    ],
    edges: [
      { id: "e1", source: "trigger", target: "shape" },
      { id: "e2", source: "shape", target: "report" },
    ],
  };
  await page.getByRole("textbox", { name: "Definition JSON" }).fill(JSON.stringify(definition, null, 2));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("list", { name: "Published versions" })).toContainText("Live");

  // The endpoint now names the workflow it starts.
  await page.getByRole("link", { name: "Webhooks", exact: true }).click();
  await expect(row.getByRole("link", { name: "Triage GitHub issues" })).toBeVisible();

  // GitHub's side, from Node: a signed delivery is accepted and stored...
  const body = JSON.stringify({ action: "opened", issue: { number: 7, title: `Webhook journey ${suffix}` } });
  const githubId = randomUUID();
  const accepted = await githubDelivery(hookUrl, secret, { body, event: "issues", deliveryId: githubId });
  expect(accepted.status).toBe(202);
  const { deliveryId } = (await accepted.json()) as { deliveryId: string };
  expect(deliveryId).toMatch(/^[0-9a-f-]{36}$/);

  // ...one signed with another secret is refused with the reason...
  const forged = await githubDelivery(hookUrl, `${secret}-wrong`, { body, event: "issues", deliveryId: randomUUID() });
  expect(forged.status).toBe(401);
  expect(((await forged.json()) as { error: string }).error).toMatch(/X-Hub-Signature-256 does not match the body/);

  // ...and GitHub's retry of the first is recognised as the same delivery.
  const retried = await githubDelivery(hookUrl, secret, { body, event: "issues", deliveryId: githubId });
  expect(retried.status).toBe(200);
  expect(await retried.json()).toEqual({ deliveryId, duplicate: true });

  // The lean listener takes deliveries too; a "ping" passes no workflow's filter.
  const ping = await githubDelivery(directUrl, secret, { body: JSON.stringify({ zen: "Keep it logically awesome." }), event: "ping", deliveryId: randomUUID() });
  expect(ping.status).toBe(202);

  // The list catches up by itself: two deliveries stored in the last day, and the refusal.
  await expect(row.getByRole("img", { name: "2 deliveries in the last 24 hours" })).toBeVisible({ timeout: 15_000 });
  await expect(row).toContainText(/Last refused .*401: X-Hub-Signature-256 does not match the body/);

  // The live delivery log: both deliveries, verified, with their size and what they started; the refusal above it.
  await row.getByRole("button", { name: "Details" }).click();
  const sheet = page.getByRole("dialog", { name: "GitHub issues" });
  await expect(sheet).toContainText(/Last refused request .*401: X-Hub-Signature-256 does not match the body/);
  const deliveries = sheet.getByRole("list", { name: "Deliveries" });
  // Direct children only: an opened delivery lists its runs inside it.
  const items = deliveries.locator(":scope > li");
  await expect(items).toHaveCount(2);
  const delivery = deliveries.locator(`li[data-delivery-id="${deliveryId}"]`);
  const summary = delivery.getByRole("button").first();
  await expect(summary).toContainText("issues");
  await expect(summary).toContainText("github");
  await expect(summary).toContainText(`${Buffer.byteLength(body)} B`);
  await expect(summary).toContainText("1 run started", { timeout: 20_000 });
  await expect(items.filter({ hasText: "ping" })).toContainText("No run started", { timeout: 20_000 });

  // Its payload, formatted, and its headers with the signature redacted.
  await summary.click();
  await expect(delivery.getByRole("region", { name: "Runs started" }).getByRole("link", { name: "Triage GitHub issues" })).toBeVisible();
  await expect(delivery.getByLabel("Body as formatted JSON")).toContainText(`"title": "Webhook journey ${suffix}"`);
  await delivery.getByRole("tab", { name: "Headers" }).click();
  const headers = delivery.getByLabel("Request headers");
  await expect(headers).toContainText(`x-github-delivery: ${githubId}`);
  await expect(headers).not.toContainText("sha256=");
  await delivery.getByRole("tab", { name: "Pretty JSON" }).click();

  // Replay it: a copy at the top of the log starts a second run.
  await delivery.getByRole("button", { name: "Replay delivery" }).click();
  await expect(delivery.getByRole("status").filter({ hasText: "Queued — appears at the top" })).toBeVisible();
  await expect(items).toHaveCount(3);
  const replay = items.first();
  await expect(replay).toContainText("Replay");
  await expect(replay).toContainText("1 run started", { timeout: 20_000 });
  await expect.poll(() => api.received.length, { timeout: 30_000 }).toBe(2);
  expect(api.received).toEqual([
    { title: `Webhook journey ${suffix}`, action: "opened", event: "issues.opened" },
    { title: `Webhook journey ${suffix}`, action: "opened", event: "issues.opened" },
  ]);

  // Follow the first delivery's run to its page: started by the webhook, with the delivery as its payload.
  await delivery.getByRole("region", { name: "Runs started" }).getByRole("link", { name: "Triage GitHub issues" }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("run-status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  await expect(page.getByText("Webhook", { exact: true })).toBeVisible();
  const payload = page.getByLabel("Trigger payload");
  await expect(payload).toContainText(`Webhook journey ${suffix}`);
  await expect(payload).toContainText(deliveryId);

  // Back from the run to the delivery's endpoint: its details open from the link, with the delivery in the log.
  await page.getByRole("link", { name: `Delivery ${deliveryId.slice(0, 8)} on GitHub issues` }).click();
  await expect(page).toHaveURL(new RegExp(`/webhooks\\?endpoint=${endpointId}$`));
  await expect(sheet.getByRole("list", { name: "Deliveries" }).locator(`li[data-delivery-id="${deliveryId}"]`)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(/\/webhooks$/);
  await expect(row.getByRole("img", { name: "3 deliveries in the last 24 hours" })).toBeVisible();

  // No terminal needed: Junction sends a signed sample itself, and the workflow runs from it too.
  await row.getByRole("button", { name: "Details" }).click();
  await sheet.getByRole("tab", { name: "Send a test" }).click();
  await sheet.getByRole("button", { name: "Send a test delivery" }).click();
  await expect(sheet.getByRole("status").filter({ hasText: /^Accepted as delivery/ })).toBeVisible();
  await sheet.getByRole("button", { name: "See it in Deliveries" }).click();
  await expect(items).toHaveCount(4);
  await expect(items.first()).toContainText("issues.opened");
  await expect(items.first()).toContainText("Test");
  await expect(items.first()).toContainText("1 run started", { timeout: 20_000 });
  await expect.poll(() => api.received.length, { timeout: 30_000 }).toBe(3);
  expect(api.received[2]).toEqual({ title: "Sample issue from Junction", action: "opened", event: "issues.opened" });
});
