import { expect, test } from "@playwright/test";
import { startRecordingApi, type RecordingApi } from "./support/recording-api";
import { signUpWithNewOrg } from "./support/sign-up";

const suffix = Date.now().toString(36);
let api: RecordingApi;

test.beforeAll(async () => {
  // The API the workflow calls: a real HTTP server on loopback (allow-listed in the E2E server's env).
  api = await startRecordingApi((body) => ({ id: 42, echoed: body }));
});

test.afterAll(() => api.close());

test("create a workflow, publish it, run it and read its step log", async ({ page }) => {
  await signUpWithNewOrg(page, { name: "Wanda Workflow", email: `wanda-${suffix}@example.com`, orgName: `Flows ${suffix}`, slug: `flows-${suffix}` });

  await page.getByRole("link", { name: "Workflows", exact: true }).click();
  await expect(page.getByRole("heading", { name: "No workflows yet" })).toBeVisible();
  await page.getByRole("button", { name: "New workflow" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Greet a customer");
  await dialog.getByRole("button", { name: "Create workflow" }).click();
  await expect(page).toHaveURL(/\/workflows\/[0-9a-f-]{36}$/);

  // A definition with a mistake first: the problem is named next to the editor.
  const definition = {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual", samplePayload: { name: "Ada" } } },
      { id: "shape", type: "transform", name: "Shape", expression: '{ "greeting": "Hello " & trigger.name }' },
      { id: "call", type: "action", name: "Call API", action: "http.request", input: { method: "POST", url: `${api.url}/greetings`, body: "{{ steps.shape }}" } },
    ],
    edges: [
      { id: "e1", source: "trigger", target: "shape" },
      { id: "e2", source: "shape", target: "missing" },
    ],
  };
  const editor = page.getByRole("textbox", { name: "Definition JSON" });
  await editor.fill(JSON.stringify(definition, null, 2));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  await expect(page.getByRole("list", { name: "Problems in the draft" })).toContainText("missing");
  await expect(page.getByRole("button", { name: "Publish" })).toBeDisabled();

  definition.edges[1] = { id: "e2", source: "shape", target: "call" };
  await editor.fill(JSON.stringify(definition, null, 2));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("list", { name: "Published versions" })).toContainText("Live");
  await page.screenshot({ path: "test-results/screenshots/workflow-editor.png", fullPage: true });

  // Run it with a payload, follow it to the run page, and watch it succeed.
  await page.getByRole("textbox", { name: "Payload" }).fill('{ "name": "Grace" }');
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  await expect(page.getByTestId("run-status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  expect(api.received).toContainEqual({ greeting: "Hello Grace" });

  const steps = page.getByRole("list", { name: "Run steps" });
  await steps.getByRole("button", { name: /Attempt 1 of Call API/ }).click();
  const details = page.getByTestId("step-details");
  await details.getByRole("tab", { name: "HTTP calls" }).click();
  await expect(details.getByRole("table", { name: "HTTP calls" })).toContainText("/greetings");
  await expect(details.getByRole("table", { name: "HTTP calls" })).toContainText("201");
  await page.screenshot({ path: "test-results/screenshots/run-detail.png", fullPage: true });

  // The runs list shows it under Succeeded.
  await page.getByRole("link", { name: "Runs", exact: true }).first().click();
  await page.getByRole("tab", { name: "Succeeded" }).click();
  await expect(page.getByRole("table", { name: "Runs" })).toContainText("Greet a customer");
  await page.screenshot({ path: "test-results/screenshots/runs-list.png", fullPage: true });

  // Deleting it, after a confirmation, goes back to the now empty list.
  await page.getByRole("link", { name: "Workflows", exact: true }).click();
  await page.getByRole("table", { name: "Workflows" }).getByRole("link", { name: "Greet a customer" }).click();
  await page.getByRole("button", { name: "Delete workflow" }).click();
  const deletion = page.getByRole("alertdialog", { name: "Delete “Greet a customer”?" });
  await expect(deletion).toContainText("It cannot be undone.");
  await deletion.getByRole("button", { name: "Delete workflow" }).click();
  await expect(page).toHaveURL(/\/workflows$/);
  await expect(page.getByRole("heading", { name: "No workflows yet" })).toBeVisible();
});
