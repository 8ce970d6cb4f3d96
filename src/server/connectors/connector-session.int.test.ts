import { setTimeout as delay } from "node:timers/promises";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineAction, defineConnector, type ConnectorDefinition } from "@/core/connectors";
import { sealConnectionCredentials } from "@/server/connections/connection-credentials";
import { openConnectionCredentials } from "@/server/connections/open-connection-credentials";
import { connectionRateWindows, connections } from "@/server/db/schema";
import { HttpCallError } from "@/server/http/http-errors";
import type { HttpCallLog } from "@/server/http/http-request";
import { oauthCallbackResponse } from "@/server/oauth/oauth-callback-response";
import { oauthRedirectUri } from "@/server/oauth/oauth-redirect-uri";
import { startAuthorization } from "@/server/oauth/start-authorization";
import type { ServiceContext } from "@/server/services/context";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { CANARY_SECRET, createConnectionRow } from "@/test/connection-fixtures";
import { createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { followAuthorization, startTestOidcProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type TestOidcProvider } from "@/test/oidc-test-provider";
import { connectionRateGate, takeRateSlot } from "./connection-rate-limit";
import { executeConnectorAction } from "./execute-connector-action";
import { openConnectorSession } from "./open-connector-session";

const db = freshTestDatabase();
const redirectUri = oauthRedirectUri("http://localhost:3000");
let op: TestOidcProvider;
let api: LocalHttpServer;
let seeded: SeededOrg;
let oauthConnector: ConnectorDefinition;
let keyConnector: ConnectorDefinition;
/** Access tokens the API refuses with 401 (as if revoked early). */
const refusedTokens = new Set<string>();

const whoami = defineAction({
  id: "whoami",
  name: "Who am I",
  description: "Reads the signed-in account.",
  input: z.object({}),
  output: z.object({ login: z.string() }),
  request: () => ({ method: "GET", path: "/me" }),
});

const listItems = defineAction({
  id: "list_items",
  name: "List items",
  description: "Every item, page by page.",
  input: z.object({ maxPages: z.number().int().default(10) }),
  output: z.object({ items: z.array(z.object({ id: z.number() })), pages: z.number(), hasMore: z.boolean() }),
  pagination: { type: "cursor", cursorPath: "next", cursorParam: "cursor", itemsPath: "items" },
  request: () => ({ method: "GET", path: "/items" }),
});

beforeAll(async () => {
  op = await startTestOidcProvider({ redirectUri });
  process.env.OAUTH_LOOPBACK_CLIENT_ID = TEST_CLIENT_ID;
  process.env.OAUTH_LOOPBACK_CLIENT_SECRET = TEST_CLIENT_SECRET;
  api = await startLocalHttpServer();
  api.route("/me", (req, res) => {
    const token = req.headers.authorization?.replace(/^Bearer /, "") ?? "";
    if (!token || refusedTokens.has(token)) return sendJson(res, 401, { message: "Bad credentials" });
    sendJson(res, 200, { login: "alice" });
  });
  api.route("/items", (req, res) => {
    const cursor = new URL(req.url ?? "/", "http://x").searchParams.get("cursor");
    const page = cursor ? Number(cursor) : 1;
    sendJson(res, 200, { items: [{ id: page * 10 + 1 }, { id: page * 10 + 2 }], next: page < 3 ? String(page + 1) : null });
  });
  const { displayName: _name, ...oauth } = op.codeProvider;
  oauthConnector = defineConnector({ id: "loopback", name: "Loopback", icon: "plug", categories: [], auth: { type: "oauth2", oauth }, baseUrl: api.base, actions: [whoami] });
  keyConnector = defineConnector({
    id: "keyed",
    name: "Keyed",
    icon: "plug",
    categories: [],
    auth: { type: "api_key", in: "header", name: "x-api-key" },
    baseUrl: api.base,
    rateLimit: { requests: 1000, perMs: 3_600_000 },
    actions: [listItems],
  });
  seeded = await createOrgWithEveryRole(db, "Sessions");
});

afterAll(async () => {
  delete process.env.OAUTH_LOOPBACK_CLIENT_ID;
  delete process.env.OAUTH_LOOPBACK_CLIENT_SECRET;
  await op?.close();
  await api?.close();
});

const ref = (connectionId: string) => ({ orgId: seeded.org.id, connectionId });
const tokensOf = async (connectionId: string) => (await openConnectionCredentials(db, ref(connectionId))).credentials;

async function connectOAuth(name: string): Promise<string> {
  const user = seeded.members.owner;
  const ctx: ServiceContext = { org: seeded.org, role: "owner", actor: { type: "user", userId: user.id, label: user.email }, db };
  const providers = (id: string) => (id === "loopback" ? oauthConnector.oauth : undefined);
  const { authorizeUrl } = await startAuthorization({ ctx, input: { connectorId: "loopback", connectionName: name } }, { providers, redirectUri });
  const response = await oauthCallbackResponse({ url: await followAuthorization(authorizeUrl, redirectUri), context: { db, user }, providers, redirectUri });
  return new URL(response.headers.get("location")!).searchParams.get("connected")!;
}

function run(connector: ConnectorDefinition, actionId: string, connectionId: string, input: unknown = {}) {
  const calls: HttpCallLog[] = [];
  const action = connector.actions.find((a) => a.id === actionId)!;
  const output = executeConnectorAction({ connector, action, id: `${connector.id}.${actionId}` }, input, () =>
    openConnectorSession(db, { orgId: seeded.org.id, connector, connectionId, onCall: (log) => calls.push(log) }),
    { idempotencyKey: "run-1:step-1" },
  );
  return { output, calls };
}

describe("connector actions over an OAuth2 connection (oidc-provider on loopback)", () => {
  it("sends the access token; after a 401 refreshes once, retries and stores the rotated tokens", async () => {
    const connectionId = await connectOAuth("Session OAuth");
    const first = await tokensOf(connectionId);
    expect(await run(oauthConnector, "whoami", connectionId).output).toEqual({ login: "alice" });
    expect(api.requests.at(-1)!.headers.authorization).toBe(`Bearer ${first.accessToken}`);

    refusedTokens.add(first.accessToken!);
    const refreshes = op.tokenRequests.refresh_token ?? 0;
    const { output, calls } = run(oauthConnector, "whoami", connectionId);
    expect(await output).toEqual({ login: "alice" });
    expect(op.tokenRequests.refresh_token).toBe(refreshes + 1);
    const second = await tokensOf(connectionId);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(calls.map((c) => c.status)).toEqual([401, 200]);
    expect(JSON.stringify(calls)).not.toContain(second.accessToken!);
  });

  it("a token expiring within a minute is refreshed before the call", async () => {
    const connectionId = await connectOAuth("Session expiring");
    const stored = await tokensOf(connectionId);
    const credentials = { ...stored, expiresAt: new Date(Date.now() + 10_000).toISOString() };
    await db.update(connections).set(sealConnectionCredentials(getVaultKeyring(), ref(connectionId), credentials)).where(eq(connections.id, connectionId));
    const { output, calls } = run(oauthConnector, "whoami", connectionId);
    expect(await output).toEqual({ login: "alice" });
    expect(calls.map((c) => c.status)).toEqual([200]);
    expect(api.requests.at(-1)!.headers.authorization).not.toBe(`Bearer ${stored.accessToken}`);
  });

  it("a revoked grant fails the step for good with a reconnect message and marks the connection needs_reauth", async () => {
    const connectionId = await connectOAuth("Session revoked");
    const credentials = { ...(await tokensOf(connectionId)), refreshToken: "revoked-refresh-token", expiresAt: new Date(Date.now() - 1_000).toISOString() };
    await db.update(connections).set(sealConnectionCredentials(getVaultKeyring(), ref(connectionId), credentials)).where(eq(connections.id, connectionId));
    const error = await run(oauthConnector, "whoami", connectionId).output.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ConnectorActionError", message: expect.stringMatching(/reconnect/i) as string });
    const [row] = await db.select({ status: connections.status }).from(connections).where(eq(connections.id, connectionId));
    expect(row!.status).toBe("needs_reauth");
  });
});

describe("pagination of a listing action", () => {
  it("walks the cursor pages into { items, pages, hasMore } and stops at maxPages", async () => {
    const { connectionId } = await createConnectionRow(db, seeded.org.id, { connectorId: "keyed", credentials: { apiKey: CANARY_SECRET } });
    const all = run(keyConnector, "list_items", connectionId);
    expect(await all.output).toEqual({ items: [{ id: 11 }, { id: 12 }, { id: 21 }, { id: 22 }, { id: 31 }, { id: 32 }], pages: 3, hasMore: false });
    expect(all.calls.map((c) => new URL(c.url).search)).toEqual(["", "?cursor=2", "?cursor=3"]);
    const two = run(keyConnector, "list_items", connectionId, { maxPages: 2 });
    expect(await two.output).toMatchObject({ pages: 2, hasMore: true });
  });
});

describe("per-connection rate limits shared through the database", () => {
  it("grants the window's requests once each, also under concurrency, and resets in the next window", async () => {
    const { connectionId } = await createConnectionRow(db, seeded.org.id, { connectorId: "keyed" });
    const limit = { requests: 5, perMs: 60_000 };
    const now = 1_800_000_000_000; // a window boundary
    const slots = await Promise.all(Array.from({ length: 12 }, () => takeRateSlot(db, connectionId, limit, now + 1_000)));
    expect(slots.filter((s) => s.granted)).toHaveLength(5);
    expect(slots.find((s) => !s.granted)).toEqual({ granted: false, retryInMs: 59_000 });
    expect(await takeRateSlot(db, connectionId, limit, now + 60_000)).toEqual({ granted: true });
    // A late request of the old window (a slow process) does not reopen it.
    expect(await takeRateSlot(db, connectionId, limit, now + 59_999)).toEqual({ granted: true });
    const rows = await db.select().from(connectionRateWindows).where(eq(connectionRateWindows.connectionId, connectionId));
    expect(rows).toEqual([{ connectionId, perMs: 60_000, windowStart: now + 60_000, used: 2 }]);
  });

  it("the gate waits for a window that frees soon, and refuses a long wait with a retriable error carrying its time", async () => {
    const { connectionId } = await createConnectionRow(db, seeded.org.id, { connectorId: "keyed" });
    const waits: number[] = [];
    const short = connectionRateGate({ db, connectionId, limit: { requests: 1, perMs: 1_000 }, service: "Keyed", sleep: async (ms) => { waits.push(ms); await delay(ms); } });
    await short();
    await short();
    expect(waits.length).toBe(1);
    expect(waits.every((ms) => ms > 0 && ms <= 1_000)).toBe(true);

    const long = connectionRateGate({ db, connectionId, limit: { requests: 1, perMs: 3_600_000 }, service: "Keyed", sleep: () => Promise.reject(new Error("must not wait")) });
    await long();
    const refused = await long().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpCallError);
    expect(refused).toMatchObject({ kind: "rate_limit", retriable: true });
    expect((refused as HttpCallError).retryAfterMs).toBeGreaterThan(2_000);
    expect((refused as Error).message).toMatch(/^The Keyed connection has used its 1 request per hour; the step retries in .+\. Raise the connection's rate limit/);
  });

  it("a connection's own limit overrides the connector's default for its action calls", async () => {
    const { connectionId } = await createConnectionRow(db, seeded.org.id, { connectorId: "keyed" });
    await db.update(connections).set({ rateLimitRequests: 2, rateLimitPerMs: 3_600_000 }).where(eq(connections.id, connectionId));
    const before = api.hits("/items");
    const refused = await run(keyConnector, "list_items", connectionId).output.catch((e: unknown) => e);
    expect(refused).toMatchObject({ kind: "rate_limit" });
    expect(api.hits("/items") - before).toBe(2);
  });
});
