import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectorRegistry } from "@/connectors";
import { runSteps } from "@/server/db/schema/runs";
import type { DatabaseHandle, Db } from "@/server/db/types";
import { installAsAppDatabase } from "@/test/app-database";
import { CANARY_SECRET, createConnectionRow } from "@/test/connection-fixtures";
import { startEmbeddedEngine, waitForRun, type EmbeddedEngine } from "@/test/embedded-engine";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { createTestDatabase } from "@/test/test-database";

let handle: DatabaseHandle;
let db: Db;
let engine: EmbeddedEngine;
let api: LocalHttpServer;
let seeded: SeededOrg;
let other: SeededOrg;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  installAsAppDatabase(handle);
  seeded = await createOrgWithEveryRole(db, "Connectors");
  other = await createOrgWithEveryRole(db, "Elsewhere");
  api = await startLocalHttpServer();
  api.route("/items", (req, res) => {
    if (req.headers["x-api-key"] !== CANARY_SECRET) return sendJson(res, 401, { message: "bad key" });
    sendJson(res, 200, { items: [{ id: 1 }] });
  });
  // A careless API that repeats the credential it refused: the step's error must still not contain it.
  api.route("/echo-401", (req, res) => sendJson(res, 401, { message: `invalid key ${String(req.headers["x-api-key"])}` }));
  api.route("/graphql", (req, res, _hit, body) => {
    if (req.headers.authorization !== `Bearer ${CANARY_SECRET}`) return sendJson(res, 401, { errors: [{ message: "unauthenticated" }] });
    const { query } = JSON.parse(body) as { query: string };
    if (query.includes("nope")) return sendJson(res, 200, { data: null, errors: [{ message: 'Cannot query field "nope" on type "Query".', path: ["nope"] }] });
    sendJson(res, 200, { data: { viewer: { login: "ada" } } });
  });
  engine = await startEmbeddedEngine(db);
}, 60_000);

afterAll(async () => {
  await engine?.close();
  await api?.close();
  await handle?.close();
});

function oneActionWorkflow(action: Record<string, unknown>) {
  return {
    version: 1,
    nodes: [
      { id: "trigger", type: "trigger", name: "Manual", trigger: { kind: "manual" } },
      { id: "call", type: "action", name: "Call API", ...action },
    ],
    edges: [{ id: "e1", source: "trigger", target: "call" }],
  };
}

/** Saves, publishes (through validation against the catalog) and runs the workflow as the org's editor. */
async function runWorkflow(definition: Record<string, unknown>) {
  const editor = callerFor(db, seeded.members.editor);
  const orgSlug = seeded.org.slug;
  const { id: workflowId } = await editor.workflow.create({ orgSlug, name: `Connector ${Math.random().toString(36).slice(2, 8)}` });
  await editor.workflow.saveDraft({ orgSlug, workflowId, definition });
  await editor.workflow.publish({ orgSlug, workflowId });
  const { runId } = await editor.run.start({ orgSlug, workflowId, payload: {} });
  const run = await waitForRun(db, runId);
  const steps = await db.select().from(runSteps).where(eq(runSteps.runId, runId));
  const call = steps.find((s) => s.nodeId === "call")!;
  // Whatever happened, the credential is in no part of the run's record.
  expect(JSON.stringify({ run, steps })).not.toContain(CANARY_SECRET);
  return { run, call };
}

async function httpConnection(orgId: string, options: { connectorId?: string } = {}) {
  const { connectionId } = await createConnectionRow(db, orgId, { connectorId: options.connectorId ?? "http", credentials: { apiKey: CANARY_SECRET, in: "header", name: "x-api-key" } });
  return connectionId;
}

describe("connector actions on the embedded engine", () => {
  it("http.request with an API-key connection: the server gets the key, the step log never holds it", async () => {
    const connectionId = await httpConnection(seeded.org.id);
    const before = api.requests.length;
    const { run, call } = await runWorkflow(oneActionWorkflow({ action: "http.request", connectionId, input: { url: `${api.base}/items`, query: { page: "1" } } }));
    expect(run.status).toBe("succeeded");
    expect(call.output).toEqual({ status: 200, headers: expect.any(Object), body: { items: [{ id: 1 }] } });
    const received = api.requests.slice(before);
    expect(received).toHaveLength(1);
    expect(received[0]!.headers["x-api-key"]).toBe(CANARY_SECRET);
    expect(call.httpCalls).toEqual([expect.objectContaining({ method: "GET", status: 200, url: `${api.base}/items?page=1` })]);
  });

  it("http.request without a connection works as it always did", async () => {
    const { run, call } = await runWorkflow(oneActionWorkflow({ action: "http.request", input: { url: `${api.base}/items` } }));
    expect(run.status).toBe("failed");
    expect(call.error?.message).toMatch(/^127\.0\.0\.1:\d+ answered 401/);
  });

  it("a refused key fails with a message to reconnect, scrubbed of the key the API echoed", async () => {
    const connectionId = await httpConnection(seeded.org.id);
    const { run, call } = await runWorkflow(oneActionWorkflow({ action: "http.request", connectionId, input: { url: `${api.base}/echo-401` } }));
    expect(run.status).toBe("failed");
    expect(call.error?.message).toMatch(/answered 401: the API key was rejected .*reconnect the connection/);
  });

  it("graphql.query with a bearer connection returns data; an errors array fails the step clearly", async () => {
    const { connectionId } = await createConnectionRow(db, seeded.org.id, { connectorId: "graphql", authType: "bearer", credentials: { token: CANARY_SECRET } });
    const ok = await runWorkflow(oneActionWorkflow({ action: "graphql.query", connectionId, input: { url: `${api.base}/graphql`, query: "{ viewer { login } }" } }));
    expect(ok.run.status).toBe("succeeded");
    expect(ok.call.output).toEqual({ data: { viewer: { login: "ada" } } });
    expect(api.requests.at(-1)!.headers.authorization).toBe(`Bearer ${CANARY_SECRET}`);

    const failed = await runWorkflow(oneActionWorkflow({ action: "graphql.query", connectionId, input: { url: `${api.base}/graphql`, query: "{ nope }" }, retry: "standard" }));
    expect(failed.run.status).toBe("failed");
    expect(failed.call.error?.message).toBe(`The GraphQL API at ${new URL(api.base).host} answered with an error: Cannot query field "nope" on type "Query". (at nope). Check the query and its variables.`);
    expect(failed.call.attempt).toBe(1);
  });

  it("a connection of another org fails the step as not found", async () => {
    const connectionId = await httpConnection(other.org.id);
    const { run, call } = await runWorkflow(oneActionWorkflow({ action: "http.request", connectionId, input: { url: `${api.base}/items` } }));
    expect(run.status).toBe("failed");
    expect(call.error?.message).toBe("The HTTP connection of this step was not found in this organization (it may have been deleted); pick another connection.");
    expect(call.httpCalls ?? []).toEqual([]);
  });

  it("a connection of another connector fails the step naming both", async () => {
    const connectionId = await httpConnection(seeded.org.id, { connectorId: "github" });
    const { run, call } = await runWorkflow(oneActionWorkflow({ action: "http.request", connectionId, input: { url: `${api.base}/items` } }));
    expect(run.status).toBe("failed");
    expect(call.error?.message).toBe('This step uses HTTP (http) but its connection is for "github"; pick a connection of HTTP.');
  });
});

describe("connector.list", () => {
  it("describes each connector for the UI: auth kinds with form fields, actions with JSON Schema inputs", async () => {
    const connectors = await callerFor(db, seeded.members.viewer).connector.list({ orgSlug: seeded.org.slug });
    expect(connectors.map((c) => c.id)).toEqual(connectorRegistry.list().map((c) => c.id));
    expect(connectors.map((c) => c.id).slice(0, 2)).toEqual(["http", "graphql"]);
    expect(connectors.every((c) => !c.custom)).toBe(true);
    // A polling trigger that watches something (a repository) describes its input like an action does.
    const newIssue = connectors.find((c) => c.id === "github")!.triggers.find((t) => t.id === "github.new_issue");
    expect(newIssue).toMatchObject({ kind: "polling", inputSchema: { type: "object", required: expect.arrayContaining(["owner", "repo"]) as string[] } });
    const graphql = connectors.find((c) => c.id === "graphql")!;
    expect(graphql.auth.find((a) => a.type === "bearer")?.fields).toEqual([expect.objectContaining({ key: "token", secret: true })]);
    expect(graphql.actions[0]).toMatchObject({
      id: "graphql.query",
      inputSchema: { type: "object", required: ["url", "query"], properties: { query: { type: "string", description: "The query or mutation" } } },
    });
  });
});
