import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientErrorOf } from "@/server/api/__tests__/client-error";
import { auditLogs, customConnectors, runSteps } from "@/server/db/schema";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { installAsAppDatabase } from "@/test/app-database";
import { CANARY_SECRET } from "@/test/connection-fixtures";
import { acmeDefinition, PETSTORE_OPENAPI_YAML } from "@/test/custom-connector-fixtures";
import { startEmbeddedEngine, waitForRun, type EmbeddedEngine } from "@/test/embedded-engine";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { snapshotDb } from "@/test/db-snapshot";
import { createTestDatabase } from "@/test/test-database";

let handle: DatabaseHandle;
let db: Db;
let engine: EmbeddedEngine;
let api: LocalHttpServer;
let seeded: SeededOrg;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  installAsAppDatabase(handle);
  seeded = await createOrgWithEveryRole(db, "Custom connectors");
  api = await startLocalHttpServer();
  api.route("/contacts", (req, res, _hit, body) => {
    if (req.headers["x-acme-key"] !== CANARY_SECRET) return sendJson(res, 401, { message: "bad key" });
    if (req.method === "POST") return sendJson(res, 201, { id: "c_1", ...(JSON.parse(body) as object) });
    sendJson(res, 200, [{ id: "c_1", email: "ada@example.com" }]);
  });
  engine = await startEmbeddedEngine(db);
}, 60_000);

afterAll(async () => {
  await engine?.close();
  await api?.close();
  await handle?.close();
});

const editor = () => callerFor(db, seeded.members.editor);
const orgSlug = () => seeded.org.slug;

describe("custom connectors", () => {
  it("create compiles the definition, gives it a stable custom- id (unique in the org) and audits it", async () => {
    const first = await editor().customConnector.create({ orgSlug: orgSlug(), definition: acmeDefinition(api.base, "Acme One") });
    expect(first).toMatchObject({ connectorId: "custom-acme-one", name: "Acme One", actionCount: 2 });
    const second = await editor().customConnector.create({ orgSlug: orgSlug(), definition: acmeDefinition(api.base, "Acme One") });
    expect(second.connectorId).toBe("custom-acme-one-2");
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.targetId, first.id));
    expect(audit).toMatchObject({ action: "custom_connector.created", metadata: { connectorId: "custom-acme-one", source: "editor", actions: 2 } });

    const listed = await callerFor(db, seeded.members.viewer).customConnector.list({ orgSlug: orgSlug() });
    expect(listed.filter((c) => c.name === "Acme One").map((c) => [c.connectorId, c.actionCount])).toEqual([["custom-acme-one", 2], ["custom-acme-one-2", 2]]);
    const connectors = await callerFor(db, seeded.members.viewer).connector.list({ orgSlug: orgSlug() });
    expect(connectors.find((c) => c.id === "custom-acme-one")).toMatchObject({ custom: true, actions: [{ id: "custom-acme-one.list_contacts" }, { id: "custom-acme-one.create_contact" }] });
  });

  it("a definition that does not compile is refused naming the field, and nothing is stored; validate lists every issue", async () => {
    const before = await snapshotDb(db);
    const bad = { ...acmeDefinition(), base_url: "ftp://acme", endpoints: [{ name: "X", path: "no-slash", method: "GET" }] };
    const error = await clientErrorOf(editor().customConnector.create({ orgSlug: orgSlug(), definition: bad }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^The connector definition is not valid — base_url: base_url must be an absolute http\(s\) URL/);
    expect(await snapshotDb(db)).toEqual(before);
    const validation = await editor().customConnector.validate({ orgSlug: orgSlug(), definition: bad });
    expect(validation.ok).toBe(false);
    expect(validation.issues.map((i) => i.field)).toEqual(["base_url", "endpoints[0].path"]);
    expect(await editor().customConnector.validate({ orgSlug: orgSlug(), definition: acmeDefinition() })).toEqual({ ok: true, issues: [], actionCount: 2 });
  });

  it("update replaces the definition and keeps the id; a viewer may read but not change it", async () => {
    const created = await editor().customConnector.create({ orgSlug: orgSlug(), definition: acmeDefinition(api.base, "Acme Two") });
    const updated = await editor().customConnector.update({ orgSlug: orgSlug(), customConnectorId: created.id, definition: acmeDefinition(api.base, "Acme Two renamed") });
    expect(updated).toMatchObject({ connectorId: created.connectorId, name: "Acme Two renamed" });
    const read = await callerFor(db, seeded.members.viewer).customConnector.get({ orgSlug: orgSlug(), customConnectorId: created.id });
    expect(read.definition).toMatchObject({ name: "Acme Two renamed", base_url: api.base });
    const refused = await clientErrorOf(callerFor(db, seeded.members.viewer).customConnector.delete({ orgSlug: orgSlug(), customConnectorId: created.id }));
    expect(refused.code).toBe("FORBIDDEN");
  });

  it("its actions run in workflows like built-in ones: validated at publish, credential injected, and a deleted connector fails the step clearly", async () => {
    const created = await editor().customConnector.create({ orgSlug: orgSlug(), definition: acmeDefinition(api.base, "Acme Live") });
    const connection = await editor().connection.create({ orgSlug: orgSlug(), connectorId: created.connectorId, name: "Acme key", authType: "api_key", credentials: { apiKey: CANARY_SECRET } });
    const definition = (action: string, input: unknown) => ({
      version: 1,
      nodes: [
        { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
        { id: "call", type: "action", name: "Create contact", action, connectionId: connection.id, input },
      ],
      edges: [{ id: "e1", source: "trigger", target: "call" }],
    });
    const { id: workflowId } = await editor().workflow.create({ orgSlug: orgSlug(), name: "Custom connector flow" });
    const saved = await editor().workflow.saveDraft({ orgSlug: orgSlug(), workflowId, definition: definition(`${created.connectorId}.nope`, {}) });
    expect(saved.issues.map((i) => i.message).join(" ")).toMatch(/nope/);

    await editor().workflow.saveDraft({ orgSlug: orgSlug(), workflowId, definition: definition(`${created.connectorId}.create_contact`, { body: { email: "ada@example.com", name: "Ada" } }) });
    await editor().workflow.publish({ orgSlug: orgSlug(), workflowId });
    const { runId } = await editor().run.start({ orgSlug: orgSlug(), workflowId, payload: {} });
    expect(await waitForRun(db, runId)).toMatchObject({ status: "succeeded" });
    const [step] = await db.select().from(runSteps).where(eq(runSteps.runId, runId)).then((rows) => rows.filter((r) => r.nodeId === "call"));
    expect(step!.output).toEqual({ id: "c_1", email: "ada@example.com", name: "Ada" });
    expect(api.requests.at(-1)).toMatchObject({ method: "POST", url: "/contacts", headers: { "x-acme-key": CANARY_SECRET } });
    expect(JSON.stringify(step)).not.toContain(CANARY_SECRET);

    await editor().customConnector.delete({ orgSlug: orgSlug(), customConnectorId: created.id });
    expect(await db.select().from(customConnectors).where(eq(customConnectors.id, created.id))).toEqual([]);
    const again = await editor().run.start({ orgSlug: orgSlug(), workflowId, payload: {} });
    expect(await waitForRun(db, again.runId)).toMatchObject({ status: "failed" });
    const [failed] = await db.select().from(runSteps).where(eq(runSteps.runId, again.runId)).then((rows) => rows.filter((r) => r.nodeId === "call"));
    expect(failed!.error?.message).toBe(`The action "${created.connectorId}.create_contact" no longer exists in this organization (its connector was deleted or changed); edit the step.`);
  });
});

describe("customConnector.importOpenApi", () => {
  it("imports a YAML document into a stored custom connector (one action per operation, security scheme → auth)", async () => {
    const imported = await editor().customConnector.importOpenApi({ orgSlug: orgSlug(), document: PETSTORE_OPENAPI_YAML });
    expect(imported).toMatchObject({ connectorId: "custom-petstore", name: "Petstore", actionCount: 2, warnings: [] });
    const [row] = await db.select().from(customConnectors).where(eq(customConnectors.id, imported.id));
    expect(row).toMatchObject({ source: "openapi", definition: { auth_type: "api_key", base_url: "https://petstore.example/v1" } });
    const connectors = await editor().connector.list({ orgSlug: orgSlug() });
    expect(connectors.find((c) => c.id === "custom-petstore")?.actions.map((a) => a.id)).toEqual(["custom-petstore.listPets", "custom-petstore.createPet"]);
  });

  it("refuses a Swagger 2.0 document with a message that says what to do, storing nothing", async () => {
    const before = await snapshotDb(db);
    const error = await clientErrorOf(editor().customConnector.importOpenApi({ orgSlug: orgSlug(), document: JSON.stringify({ swagger: "2.0", info: { title: "Old", version: "1" }, paths: {} }) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^The OpenAPI document could not be imported: .*2\.0/);
    expect(await snapshotDb(db)).toEqual(before);
  });

  it("imports GitHub's real OpenAPI description (12 MB, ~1,200 operations) through the API", async () => {
    const document = await readFile("node_modules/@octokit/openapi/generated/api.github.com.json", "utf8");
    const started = performance.now();
    const imported = await editor().customConnector.importOpenApi({ orgSlug: orgSlug(), document, name: "GitHub (imported)" });
    const ms = Math.round(performance.now() - started);
    expect(imported.actionCount).toBeGreaterThan(1_000);
    expect(imported.connectorId).toBe("custom-github-imported");
    console.info(`GitHub OpenAPI import through the service: ${imported.actionCount} actions, ${imported.warnings.length} warnings, ${ms} ms`);
  }, 60_000);
});

describe("a custom connector that signs in with OAuth2", () => {
  it("starts the OAuth flow with its own URLs and scopes and the org's OAuth app for it (custom-<name>)", async () => {
    const owner = callerFor(db, seeded.members.owner);
    const definition = {
      ...acmeDefinition(api.base, "Acme OAuth"),
      auth_type: "OAuth2",
      auth: { authorize_url: "https://auth.acme.example/authorize", token_url: "https://auth.acme.example/token", scopes: ["contacts.read", "contacts.write"] },
    };
    const created = await owner.customConnector.create({ orgSlug: orgSlug(), definition });
    await owner.oauth.setApp({ orgSlug: orgSlug(), app: created.connectorId, clientId: "acme-client-id" });
    const { authorizeUrl } = await owner.oauth.start({ orgSlug: orgSlug(), connectorId: created.connectorId, connectionName: "Acme via OAuth" });
    const url = new URL(authorizeUrl);
    expect(url.origin + url.pathname).toBe("https://auth.acme.example/authorize");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ client_id: "acme-client-id", scope: "contacts.read contacts.write", code_challenge_method: "S256", response_type: "code" });
  });
});
