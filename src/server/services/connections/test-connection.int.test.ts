import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectorActionError, createConnectorRegistry, defineConnector, type ConnectorDefinition } from "@/core/connectors";
import { clientErrorOf } from "@/server/api/__tests__/client-error";
import { auditLogs, connections } from "@/server/db/schema";
import type { ServiceContext } from "@/server/services/context";
import { CANARY_SECRET, createConnectionRow } from "@/test/connection-fixtures";
import { snapshotDb } from "@/test/db-snapshot";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { testConnection } from "./test";

const db = freshTestDatabase();
let api: LocalHttpServer;
let seeded: SeededOrg;

beforeAll(async () => {
  seeded = await createOrgWithEveryRole(db, "Connection tests");
  api = await startLocalHttpServer();
  api.route("/me", (req, res) => {
    if (req.headers["x-api-key"] !== CANARY_SECRET) return sendJson(res, 401, { message: "bad key" });
    sendJson(res, 200, { login: "ada" });
  });
  // A careless API that repeats the credential it refused: the recorded error must still not contain it.
  api.route("/echo-401", (req, res) => sendJson(res, 401, { message: `invalid key ${String(req.headers["x-api-key"])}` }));
});

afterAll(async () => {
  await api?.close();
});

const httpCredentials = (apiKey = CANARY_SECRET) => ({ apiKey, in: "header", name: "x-api-key" });
const rowOf = async (connectionId: string) => (await db.select().from(connections).where(eq(connections.id, connectionId)))[0]!;
const auditOf = (connectionId: string) =>
  db.select().from(auditLogs).where(and(eq(auditLogs.targetId, connectionId), eq(auditLogs.action, "connection.tested")));

describe("connection.test (HTTP connector: the test is a GET of the URL given)", () => {
  const test = (connectionId: string, url: string, as: SeededOrg = seeded, role: "owner" | "viewer" = "owner") =>
    callerFor(db, as.members[role]).connection.test({ orgSlug: as.org.slug, connectionId, url });

  it("success injects the credential, marks the connection active, records last_tested_at and audits", async () => {
    const { connectionId } = await createConnectionRow(db, seeded.org.id, { connectorId: "http", credentials: httpCredentials() });
    await db.update(connections).set({ status: "error", lastError: "an earlier failure" }).where(eq(connections.id, connectionId));
    const before = Date.now();
    const result = await test(connectionId, `${api.base}/me`);
    expect(result).toEqual({ ok: true, status: 200, latencyMs: expect.any(Number) as number });
    expect(api.requests.at(-1)?.headers["x-api-key"]).toBe(CANARY_SECRET);
    const row = await rowOf(connectionId);
    expect(row).toMatchObject({ status: "active", lastError: null });
    expect(row.lastTestedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const audit = await auditOf(connectionId);
    expect(audit.map((a) => a.metadata)).toEqual([{ connectorId: "http", ok: true, previousStatus: "error", status: "active" }]);
  });

  it("a 401 is a result: status error, last_error tells to reconnect, and the canary secret is nowhere", async () => {
    const { connectionId } = await createConnectionRow(db, seeded.org.id, { connectorId: "http", credentials: httpCredentials() });
    const result = await test(connectionId, `${api.base}/echo-401`);
    expect(result.ok).toBe(false);
    const message = (result as { message: string }).message;
    expect(message).toMatch(/answered 401/);
    expect(message).toMatch(/reconnect the connection/);
    expect(api.requests.at(-1)?.headers["x-api-key"]).toBe(CANARY_SECRET);
    const row = await rowOf(connectionId);
    expect(row).toMatchObject({ status: "error", lastError: message });
    expect(row.lastTestedAt).toBeInstanceOf(Date);
    const audit = await auditOf(connectionId);
    expect(audit.map((a) => a.metadata)).toEqual([{ connectorId: "http", ok: false, previousStatus: "active", status: "error" }]);
    expect(JSON.stringify({ result, lastError: row.lastError, audit })).not.toContain(CANARY_SECRET);
  });

  it("a failing test leaves needs_reauth alone; a passing one makes the connection active", async () => {
    const { connectionId } = await createConnectionRow(db, seeded.org.id, { connectorId: "http", credentials: httpCredentials("wrong-key") });
    await db.update(connections).set({ status: "needs_reauth" }).where(eq(connections.id, connectionId));
    expect((await test(connectionId, `${api.base}/me`)).ok).toBe(false);
    expect(await rowOf(connectionId)).toMatchObject({ status: "needs_reauth", lastError: expect.stringMatching(/answered 401/) as string });
    await callerFor(db, seeded.members.owner).connection.reconnect({ orgSlug: seeded.org.slug, connectionId, credentials: httpCredentials() });
    await db.update(connections).set({ status: "needs_reauth" }).where(eq(connections.id, connectionId));
    expect((await test(connectionId, `${api.base}/me`)).ok).toBe(true);
    expect(await rowOf(connectionId)).toMatchObject({ status: "active", lastError: null });
  });

  it("another org's connection id is NOT_FOUND, and nothing is called or changed", async () => {
    const other = await createOrgWithEveryRole(db, "Other tests");
    const { connectionId } = await createConnectionRow(db, other.org.id, { connectorId: "http", credentials: httpCredentials() });
    const [snapshot, calls] = [await snapshotDb(db), api.hits("/me")];
    expect(await clientErrorOf(test(connectionId, `${api.base}/me`))).toMatchObject({ code: "NOT_FOUND", message: "Connection not found." });
    expect(await snapshotDb(db)).toEqual(snapshot);
    expect(api.hits("/me")).toBe(calls);
  });

  it("a viewer cannot test (FORBIDDEN)", async () => {
    const { connectionId } = await createConnectionRow(db, seeded.org.id, { connectorId: "http", credentials: httpCredentials() });
    expect((await clientErrorOf(test(connectionId, `${api.base}/me`, seeded, "viewer"))).code).toBe("FORBIDDEN");
  });

  it("without a URL the HTTP connector has nothing to test with: a clear BAD_REQUEST", async () => {
    const { connectionId } = await createConnectionRow(db, seeded.org.id, { connectorId: "http", credentials: httpCredentials() });
    const error = await clientErrorOf(callerFor(db, seeded.members.owner).connection.test({ orgSlug: seeded.org.slug, connectionId }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^HTTP has no connection test of its own/) as string });
    expect((await rowOf(connectionId)).lastTestedAt).toBeNull();
  });
});

describe("testConnection with a connector's declared test request (connector registered only here)", () => {
  let acme: ConnectorDefinition;
  const ctx = (): ServiceContext => ({ org: seeded.org, actor: { type: "user", userId: seeded.members.owner.id, label: "owner" }, role: "owner", db });
  const acmeConnection = async (apiKey = CANARY_SECRET) =>
    (await createConnectionRow(db, seeded.org.id, { connectorId: "acme", credentials: { apiKey } })).connectionId;

  beforeAll(() => {
    acme = defineConnector({
      id: "acme",
      name: "Acme",
      icon: "box",
      categories: ["test"],
      auth: { type: "api_key", in: "header", name: "x-api-key" },
      baseUrl: api.base,
      test: { method: "GET", path: "/me" },
      actions: [],
    });
  });

  it("runs the declared request with the credential; a 401 names Acme and asks to reconnect", async () => {
    const registry = createConnectorRegistry([acme]);
    const ok = await testConnection({ ctx: ctx(), input: { connectionId: await acmeConnection() } }, registry);
    expect(ok).toMatchObject({ ok: true, status: 200 });
    const failedId = await acmeConnection("revoked-key");
    const failed = await testConnection({ ctx: ctx(), input: { connectionId: failedId } }, registry);
    expect(failed).toEqual({ ok: false, message: expect.stringMatching(/^Acme answered 401: .*reconnect the connection/) as string });
    expect(await rowOf(failedId)).toMatchObject({ status: "error" });
  });

  it("a connector that answers a refused credential with 200 (Slack's { ok: false }) fails the test through verifyTest", async () => {
    const strict = defineConnector({
      ...acme,
      verifyTest: (response) => {
        if ((response.body as { ok?: boolean }).ok === false) throw new ConnectorActionError("Acme refused the key (invalid_auth); reconnect the connection.");
      },
    });
    api.route("/me-ok-false", (_req, res) => sendJson(res, 200, { ok: false, error: "invalid_auth" }));
    const connectionId = await acmeConnection();
    const result = await testConnection({ ctx: ctx(), input: { connectionId } }, createConnectorRegistry([defineConnector({ ...strict, test: { method: "GET", path: "/me-ok-false" } })]));
    expect(result).toEqual({ ok: false, message: "Acme refused the key (invalid_auth); reconnect the connection." });
    expect(await rowOf(connectionId)).toMatchObject({ status: "error", lastError: "Acme refused the key (invalid_auth); reconnect the connection." });
  });

  it("a URL is refused when the connector has its own test; a connector with a base URL and no test says so", async () => {
    const connectionId = await acmeConnection();
    await expect(testConnection({ ctx: ctx(), input: { connectionId, url: `${api.base}/echo-401` } }, createConnectorRegistry([acme]))).rejects.toThrow(
      "Acme tests its connections with its own request; leave the URL out.",
    );
    const untested = defineConnector({ ...acme, test: undefined });
    await expect(testConnection({ ctx: ctx(), input: { connectionId } }, createConnectorRegistry([untested]))).rejects.toThrow("Acme has no connection test.");
    expect((await rowOf(connectionId)).lastTestedAt).toBeNull();
  });
});

describe("testConnection of a connector that speaks another protocol (PostgreSQL: its check connects and runs select 1)", () => {
  const ctx = (): ServiceContext => ({ org: seeded.org, actor: { type: "user", userId: seeded.members.owner.id, label: "owner" }, role: "owner", db });
  const pgConnection = async (connectionString: string) =>
    (await createConnectionRow(db, seeded.org.id, { connectorId: "postgresql", authType: "fields", credentials: { connectionString } })).connectionId;

  it("a private address is refused by the SSRF guard before connecting; the password is in no message", async () => {
    const connectionId = await pgConnection(`postgres://app:${CANARY_SECRET}@10.0.0.1:5432/app`);
    const result = await testConnection({ ctx: ctx(), input: { connectionId } });
    expect(result.ok).toBe(false);
    expect((result as { message: string }).message).toMatch(/10\.0\.0\.1/);
    expect(JSON.stringify(await rowOf(connectionId))).not.toContain(CANARY_SECRET);
    await expect(testConnection({ ctx: ctx(), input: { connectionId, url: "https://example.com" } })).rejects.toThrow("PostgreSQL tests its connections with its own check; leave the URL out.");
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)("a reachable database passes, with no HTTP status", async () => {
    const connectionId = await pgConnection(process.env.TEST_DATABASE_URL!);
    const result = await testConnection({ ctx: ctx(), input: { connectionId } });
    expect(result).toEqual({ ok: true, latencyMs: expect.any(Number) as number });
    expect(await rowOf(connectionId)).toMatchObject({ status: "active", lastError: null });
  });
});
