import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signUpWithNewOrg } from "./support/sign-up";

const suffix = Date.now().toString(36);
const API_KEY = `sk_e2e_${suffix}_0123456789abcdef`;
let api: Server;
let apiUrl: string;
const received: { url: string; headers: IncomingHttpHeaders }[] = [];

test.beforeAll(async () => {
  // The API the connection is for: a real HTTP server on loopback (allow-listed in the E2E server's env) that
  // answers only with the right key.
  api = createServer((req, res) => {
    received.push({ url: req.url ?? "", headers: req.headers });
    const ok = req.headers["x-api-key"] === API_KEY;
    res.writeHead(ok ? 200 : 401, { "content-type": "application/json" });
    res.end(JSON.stringify(ok ? (req.url?.startsWith("/me") ? { account: "acme" } : { items: [{ id: 7, name: "Widget" }] }) : { message: "bad key" }));
  });
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => api.close(() => resolve())));

test("add an API-key connection, test it, use it in a workflow action and see the call in the step log", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUpWithNewOrg(page, { name: "Connie Connector", email: `connie-${suffix}@example.com`, orgName: `Links ${suffix}`, slug: `links-${suffix}` });

  // Connections: the empty page, then a new HTTP connection with an API key in a header.
  await page.getByRole("link", { name: "Connections", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
  await page.getByRole("button", { name: "New connection" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New connection" });
  await dialog.getByLabel("Search connectors").fill("http");
  await dialog.getByRole("list", { name: "Connectors" }).getByRole("button", { name: /^HTTP/ }).click();
  await dialog.getByRole("radio", { name: /^API key/ }).click();
  await dialog.getByLabel("Connection name").fill("Widgets API");
  await dialog.getByLabel("API key", { exact: true }).fill(API_KEY);
  await dialog.getByLabel("Send the key in").click();
  await page.getByRole("option", { name: "header" }).click();
  await dialog.getByLabel("Header or query parameter name").fill("x-api-key");
  await page.screenshot({ path: "test-results/screenshots/connection-new.png" });
  await dialog.getByRole("button", { name: "Create connection" }).click();
  await expect(dialog).toBeHidden();

  // The key is never shown again: only its last four characters.
  const row = page.getByRole("listitem", { name: "Widgets API" });
  await expect(row).toContainText("••••cdef");
  await expect(page.getByText(API_KEY)).toHaveCount(0);

  // Test it: HTTP has no request of its own, so the test asks for a URL; the server got the key.
  await row.getByRole("button", { name: "Test" }).click();
  await page.getByLabel("URL to test").fill(`${apiUrl}/me`);
  await page.getByRole("button", { name: "Run test" }).click();
  await expect(row).toContainText(/Works — 200 in \d+ ms/, { timeout: 15_000 });
  expect(received.at(-1)?.headers["x-api-key"]).toBe(API_KEY);
  // The outcome is recorded on the connection.
  await expect(row).toContainText(/Last tested/);
  await page.screenshot({ path: "test-results/screenshots/connections-tested.png", fullPage: true });

  // The connection id, as a workflow node names it.
  await row.getByRole("button", { name: "Copy ID" }).click();
  const connectionId = await page.evaluate(() => navigator.clipboard.readText());
  expect(connectionId).toMatch(/^[0-9a-f-]{36}$/);

  // A workflow whose action calls the API with the connection.
  await page.getByRole("link", { name: "Workflows", exact: true }).click();
  await page.getByRole("button", { name: "New workflow" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("List widgets");
  await page.getByRole("dialog").getByRole("button", { name: "Create workflow" }).click();
  await expect(page).toHaveURL(/\/workflows\/[0-9a-f-]{36}$/);
  const definition = {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
      { id: "list", type: "action", name: "List widgets", action: "http.request", connectionId, input: { url: `${apiUrl}/widgets` } },
    ],
    edges: [{ id: "e1", source: "trigger", target: "list" }],
  };
  await page.getByRole("textbox", { name: "Definition JSON" }).fill(JSON.stringify(definition, null, 2));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("list", { name: "Published versions" })).toContainText("Live");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  await expect(page.getByTestId("run-status")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
  expect(received.at(-1)).toMatchObject({ url: "/widgets", headers: { "x-api-key": API_KEY } });

  // The step log shows the call, with the key header redacted.
  await page.getByRole("list", { name: "Run steps" }).getByRole("button", { name: /Attempt 1 of List widgets/ }).click();
  const details = page.getByTestId("step-details");
  await details.getByRole("tab", { name: "HTTP calls" }).click();
  const calls = details.getByRole("table", { name: "HTTP calls" });
  await expect(calls).toContainText("/widgets");
  await expect(calls).toContainText("200");
  await expect(page.getByText(API_KEY)).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/connection-step-log.png", fullPage: true });
});
