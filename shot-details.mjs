import { chromium } from "@playwright/test";
const BASE = "http://localhost:3500";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: 1440, height: 1800 } });
const page = await context.newPage();
page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.log("console:", m.type(), m.text().slice(0, 300)); });
page.on("pageerror", (e) => console.log("pageerror:", e.message));
page.setDefaultTimeout(60000);
await page.goto(`${BASE}/sign-in`);
await page.getByLabel("Email").fill("demo@junction.local");
await page.getByLabel("Password").fill("junction-demo-2026");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
console.log("signed in at", page.url());

await page.goto(`${BASE}/o/demo/connectors`);
await page.getByRole("heading", { name: "Built-in connectors" }).waitFor();
if (!(await page.getByRole("button", { name: "My API details" }).count())) {
  await page.goto(`${BASE}/o/demo/connectors/new`);
  await page.getByRole("button", { name: "Create connector" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/new"));
  await page.goto(`${BASE}/o/demo/connectors`);
  await page.getByRole("heading", { name: "Built-in connectors" }).waitFor();
}

async function ensureConnection(connectorName, connectionName, fill) {
  await page.goto(`${BASE}/o/demo/connections`);
  await page.getByRole("heading", { level: 1, name: "Connections" }).waitFor();
  await page.waitForTimeout(500);
  if (await page.getByText(connectionName, { exact: true }).count()) return;
  await page.getByRole("button", { name: "New connection" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New connection" });
  await dialog.getByLabel("Search connectors").fill(connectorName);
  await dialog.getByRole("list", { name: "Connectors" }).getByRole("button", { name: new RegExp(`^${connectorName}`) }).click();
  await fill(dialog);
  await dialog.getByLabel("Connection name").fill(connectionName);
  await dialog.getByRole("button", { name: "Create connection" }).click();
  await dialog.waitFor({ state: "hidden" });
  console.log("created connection", connectionName);
}
await ensureConnection("GitHub", "Work GitHub", async (d) => {
  await d.getByRole("radio", { name: /^Personal access token/ }).click();
  await d.getByLabel("Personal access token", { exact: true }).fill("github_pat_11ABCDEFG0aBcDeFgHiJkL_demo");
});
await ensureConnection("Stripe", "Stripe (test mode)", async (d) => {
  await d.getByLabel("Secret key", { exact: true }).fill("sk_test_51Hdemo0000000000");
});
await ensureConnection("My API", "My API (staging)", async (d) => {
  await d.getByLabel("API key", { exact: true }).fill("demo-api-key-1234");
});
await page.goto(`${BASE}/o/demo/connectors`);
await page.getByRole("heading", { name: "Built-in connectors" }).waitFor();
await page.screenshot({ path: "/tmp/shots/page.png", fullPage: true });

async function openSheet(name) {
  await page.getByRole("button", { name: `${name} details` }).click();
  const sheet = page.getByRole("dialog", { name });
  await sheet.waitFor();
  return sheet;
}
async function closeSheet(sheet) {
  await page.keyboard.press("Escape");
  await sheet.waitFor({ state: "hidden" });
}

// GitHub
let sheet = await openSheet("GitHub");
await page.waitForTimeout(500);
await page.screenshot({ path: "/tmp/shots/github-closed.png" });
await sheet.getByRole("button", { name: /^Create issue github\.create_issue$/ }).click();
await sheet.getByLabel(/^Owner/).fill("octocat");
await sheet.getByRole("button", { name: "Use example for Repo" }).click();
await sheet.getByLabel(/^Title/).fill("Deploy {{ steps.deploy.body.id }} failed");
await sheet.getByRole("button", { name: "Use example for Body" }).click();
await sheet.getByLabel(/^Labels/).fill("bug, needs triage");
await sheet.getByLabel(/^Milestone/).fill("{{ steps.plan.milestone }}");
await page.waitForTimeout(500);
await page.screenshot({ path: "/tmp/shots/github.png" });
await sheet.getByRole("button", { name: /Copy node JSON/ }).scrollIntoViewIfNeeded();
await page.screenshot({ path: "/tmp/shots/github-node.png" });
console.log("github preview:", await sheet.getByLabel("Node JSON for Create issue").textContent());
await sheet.getByRole("tab", { name: /Triggers/ }).click();
await page.screenshot({ path: "/tmp/shots/github-triggers.png" });
await closeSheet(sheet);

// Stripe
sheet = await openSheet("Stripe");
await sheet.getByRole("button", { name: /^Create payment intent/ }).click();
await sheet.getByLabel(/^Amount/).fill("19.99");
await sheet.getByRole("button", { name: "Use example for Currency" }).click();
await sheet.getByRole("button", { name: "Use example for Metadata" }).click();
await sheet.getByLabel(/^Confirm/).click();
await page.waitForTimeout(400);
await page.screenshot({ path: "/tmp/shots/stripe-error.png" });
await sheet.getByLabel(/^Amount/).fill("1999");
await page.waitForTimeout(300);
await page.screenshot({ path: "/tmp/shots/stripe.png" });
await sheet.getByRole("button", { name: /Copy node JSON/ }).scrollIntoViewIfNeeded();
await page.screenshot({ path: "/tmp/shots/stripe-node.png" });
await closeSheet(sheet);

// Custom
sheet = await openSheet("My API");
await sheet.getByRole("button", { name: /^Create Item/ }).click();
await sheet.getByLabel(/^Body/).fill('{ "name": "{{ trigger.body.name }}" }');
await page.waitForTimeout(300);
await page.screenshot({ path: "/tmp/shots/custom.png" });
await sheet.getByRole("button", { name: /Copy node JSON/ }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: "/tmp/shots/custom-copied.png" });
await closeSheet(sheet);

// HTTP (no connection needed) and Gmail triggers (polling)
sheet = await openSheet("HTTP");
await page.waitForTimeout(300);
await page.screenshot({ path: "/tmp/shots/http.png" });
await closeSheet(sheet);
sheet = await openSheet("Gmail");
await sheet.getByRole("tab", { name: /Triggers/ }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: "/tmp/shots/gmail-triggers.png" });
await closeSheet(sheet);
await browser.close();
