import { and, eq, lt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthError } from "@/server/http/http-errors";
import { openConnectionCredentials } from "@/server/connections/open-connection-credentials";
import { sealConnectionCredentials } from "@/server/connections/connection-credentials";
import { auditLogs, connections, notifications, oauthStates } from "@/server/db/schema";
import type { ServiceContext, SignedInUser } from "@/server/services/context";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { followAuthorization, startTestOidcProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type TestOidcProvider } from "@/test/oidc-test-provider";
import { connectClientCredentials } from "./connect-client-credentials";
import { getAccessToken } from "./get-access-token";
import { oauthCallbackResponse } from "./oauth-callback-response";
import { OAuthReconnectRequiredError } from "./oauth-errors";
import type { OAuthProviderLookup } from "./oauth-providers";
import { oauthRedirectUri } from "./oauth-redirect-uri";
import { hashOAuthState } from "./oauth-state";
import { refreshOn401 } from "./refresh-on-401";
import { startAuthorization } from "./start-authorization";

const db = freshTestDatabase();
const redirectUri = oauthRedirectUri("http://localhost:3000");
let op: TestOidcProvider;
let seeded: SeededOrg;
let providers: OAuthProviderLookup;

const ctxFor = (user: SignedInUser): ServiceContext => ({
  org: seeded.org,
  role: "owner",
  actor: { type: "user", userId: user.id, label: user.email },
  db,
});
const ref = (connectionId: string) => ({ orgId: seeded.org.id, connectionId });
const tokensOf = async (connectionId: string) => (await openConnectionCredentials(db, ref(connectionId))).credentials;
const hits = (grant: string) => op.tokenRequests[grant] ?? 0;

async function callback(url: URL, user: SignedInUser) {
  return oauthCallbackResponse({ url, context: { db, user }, providers, redirectUri });
}

/** start → the provider's authorize endpoint, sign-in and consent → the callback URL (not yet delivered). */
async function authorize(user: SignedInUser, input: Parameters<typeof startAuthorization>[0]["input"]) {
  const { authorizeUrl } = await startAuthorization({ ctx: ctxFor(user), input }, { providers, redirectUri });
  return followAuthorization(authorizeUrl, redirectUri);
}

async function connect(name: string, user = seeded.members.owner): Promise<string> {
  const response = await callback(await authorize(user, { connectorId: "loopback", connectionName: name }), user);
  expect(response.status).toBe(303);
  const location = new URL(response.headers.get("location")!);
  const connectionId = location.searchParams.get("connected");
  expect(connectionId, `callback redirected to ${location.toString()}`).toBeTruthy();
  return connectionId!;
}

/** Moves the stored expiry, as if time had passed. */
async function setExpiry(connectionId: string, expiresAt: Date) {
  const credentials = { ...(await tokensOf(connectionId)), expiresAt: expiresAt.toISOString() };
  await db.update(connections).set(sealConnectionCredentials(getVaultKeyring(), ref(connectionId), credentials)).where(eq(connections.id, connectionId));
}

async function expectNothingStored(before: { connections: number }) {
  expect((await db.select().from(connections).where(eq(connections.orgId, seeded.org.id))).length).toBe(before.connections);
}

describe("OAuth2 against oidc-provider on 127.0.0.1", () => {
  beforeAll(async () => {
    op = await startTestOidcProvider({ redirectUri });
    process.env.OAUTH_LOOPBACK_CLIENT_ID = TEST_CLIENT_ID;
    process.env.OAUTH_LOOPBACK_CLIENT_SECRET = TEST_CLIENT_SECRET;
    providers = (connectorId) => (connectorId === "loopback" ? op.codeProvider : connectorId === "loopback-service" ? op.clientCredentialsProvider : undefined);
    seeded = await createOrgWithEveryRole(db, "OAuth");
  });
  afterAll(async () => {
    delete process.env.OAUTH_LOOPBACK_CLIENT_ID;
    delete process.env.OAUTH_LOOPBACK_CLIENT_SECRET;
    await op?.close();
  });

  it("connects: PKCE S256 + hashed single-use state, code exchange, tokens sealed in an active connection, audited", async () => {
    const { authorizeUrl } = await startAuthorization({ ctx: ctxFor(seeded.members.owner), input: { connectorId: "loopback", connectionName: "Loopback main" } }, { providers, redirectUri });
    const url = new URL(authorizeUrl);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("redirect_uri")).toBe(redirectUri);
    const state = url.searchParams.get("state")!;
    const [stored] = await db.select().from(oauthStates).where(eq(oauthStates.stateHash, hashOAuthState(state)));
    expect(stored).toMatchObject({ orgId: seeded.org.id, userId: seeded.members.owner.id, redirectUri });
    expect(JSON.stringify(stored)).not.toContain(state);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);

    const exchanges = hits("authorization_code");
    const response = await callback(await followAuthorization(authorizeUrl, redirectUri), seeded.members.owner);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe(`/o/${seeded.org.slug}/connections`);
    const connectionId = location.searchParams.get("connected")!;
    expect(hits("authorization_code")).toBe(exchanges + 1);

    const tokens = await tokensOf(connectionId);
    expect(tokens).toMatchObject({ tokenType: expect.stringMatching(/bearer/i), scope: expect.stringContaining("api:read") });
    expect(tokens.accessToken).toBeTruthy();
    expect(tokens.refreshToken).toBeTruthy();
    expect(new Date(tokens.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 60_000);

    // Canary: the row, wherever you look, never holds a token in clear.
    const [row] = await db.select().from(connections).where(eq(connections.id, connectionId));
    expect(row).toMatchObject({ authType: "oauth2", status: "active", connectorId: "loopback", name: "Loopback main", createdBy: seeded.members.owner.id });
    const rowJson = JSON.stringify(row);
    for (const secret of [tokens.accessToken!, tokens.refreshToken!]) expect(rowJson).not.toContain(secret);
    expect(await db.select().from(oauthStates).where(eq(oauthStates.stateHash, hashOAuthState(state)))).toEqual([]);
    const audit = await db.select().from(auditLogs).where(eq(auditLogs.targetId, connectionId));
    expect(audit.map((a) => a.action)).toEqual(["connection.created"]);
    expect(JSON.stringify(audit)).not.toContain(tokens.accessToken!);
  });

  it("a fresh token is returned as is; one expiring within 60 s is refreshed and the rotated refresh token stored", async () => {
    const connectionId = await connect("Loopback refresh");
    const first = await tokensOf(connectionId);
    const refreshes = hits("refresh_token");
    expect(await getAccessToken(db, ref(connectionId), { providers })).toBe(first.accessToken);
    expect(hits("refresh_token")).toBe(refreshes);

    await setExpiry(connectionId, new Date(Date.now() + 30_000));
    const refreshed = await getAccessToken(db, ref(connectionId), { providers });
    expect(refreshed).not.toBe(first.accessToken);
    expect(hits("refresh_token")).toBe(refreshes + 1);
    const second = await tokensOf(connectionId);
    expect(second.accessToken).toBe(refreshed);
    expect(second.refreshToken).toBeTruthy();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(new Date(second.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 60_000);
  });

  it("concurrent callers of an expiring connection cause one refresh and all get its token", async () => {
    const connectionId = await connect("Loopback concurrent");
    await setExpiry(connectionId, new Date(Date.now() - 1_000));
    const refreshes = hits("refresh_token");
    const tokens = await Promise.all(Array.from({ length: 4 }, () => getAccessToken(db, ref(connectionId), { providers })));
    expect(new Set(tokens).size).toBe(1);
    expect(hits("refresh_token")).toBe(refreshes + 1);
    expect((await tokensOf(connectionId)).accessToken).toBe(tokens[0]);
  });

  it("refreshOn401: a 401 forces one refresh and one retry with the new token", async () => {
    const connectionId = await connect("Loopback 401");
    const before = (await tokensOf(connectionId)).accessToken;
    const refreshes = hits("refresh_token");
    const seen: string[] = [];
    const result = await refreshOn401(
      db,
      ref(connectionId),
      async (token) => {
        seen.push(token);
        if (seen.length === 1) throw new AuthError(401, "token expired", "Loopback", "token");
        return "ok";
      },
      { providers },
    );
    expect(result).toBe("ok");
    expect(seen[0]).toBe(before);
    expect(seen[1]).not.toBe(before);
    expect(hits("refresh_token")).toBe(refreshes + 1);

    // A second 401 is the API's answer: thrown, not retried again.
    const calls: string[] = [];
    const error = await refreshOn401(db, ref(connectionId), async (token) => {
      calls.push(token);
      throw new AuthError(401, "still no", "Loopback", "token");
    }, { providers }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(calls).toHaveLength(2);
  });

  it("invalid_grant (a revoked refresh token) marks the connection needs_reauth, notifies the org once and says to reconnect", async () => {
    const connectionId = await connect("Loopback revoked");
    const original = await tokensOf(connectionId);
    await setExpiry(connectionId, new Date(Date.now() - 1_000));
    await getAccessToken(db, ref(connectionId), { providers }); // rotates: the original refresh token is now spent
    // Put the spent refresh token back: the provider sees a reuse and refuses with invalid_grant.
    await db
      .update(connections)
      .set(sealConnectionCredentials(getVaultKeyring(), ref(connectionId), { ...original, expiresAt: new Date(Date.now() - 1_000).toISOString() }))
      .where(eq(connections.id, connectionId));

    const error = await getAccessToken(db, ref(connectionId), { providers }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthReconnectRequiredError);
    expect((error as Error).message).toMatch(/“Loopback revoked” must be reconnected: .*invalid_grant.*Reconnect/);
    expect((error as Error).message).not.toContain(original.refreshToken!);
    const [row] = await db.select().from(connections).where(eq(connections.id, connectionId));
    expect(row).toMatchObject({ status: "needs_reauth", lastError: expect.stringContaining("invalid_grant") });
    const notes = await db.select().from(notifications).where(and(eq(notifications.orgId, seeded.org.id), eq(notifications.kind, "connection.needs_reauth")));
    expect(notes.filter((n) => n.link?.includes(connectionId))).toHaveLength(1);

    // Later calls are refused without asking the provider again, and raise no second notification.
    const refreshes = hits("refresh_token");
    await expect(getAccessToken(db, ref(connectionId), { providers })).rejects.toBeInstanceOf(OAuthReconnectRequiredError);
    expect(hits("refresh_token")).toBe(refreshes);

    // Reconnect through the flow: same connection, active again, new tokens.
    const response = await callback(await authorize(seeded.members.owner, { connectionId }), seeded.members.owner);
    expect(new URL(response.headers.get("location")!).searchParams.get("connected")).toBe(connectionId);
    const [after] = await db.select().from(connections).where(eq(connections.id, connectionId));
    expect(after).toMatchObject({ status: "active", lastError: null });
    expect(await getAccessToken(db, ref(connectionId), { providers })).toBe((await tokensOf(connectionId)).accessToken);
  });

  it("a state works once: reused, expired or another user's state is refused and nothing is stored", async () => {
    const owner = seeded.members.owner;
    const count = async () => ({ connections: (await db.select().from(connections).where(eq(connections.orgId, seeded.org.id))).length });

    // Reused.
    const used = await authorize(owner, { connectorId: "loopback", connectionName: "Loopback once" });
    expect((await callback(used, owner)).status).toBe(303);
    let before = await count();
    const reused = await callback(used, owner);
    expect(reused.status).toBe(400);
    expect(await reused.text()).toContain("already used, it expired, or it was started by another user");
    await expectNothingStored(before);

    // Expired.
    const late = await authorize(owner, { connectorId: "loopback", connectionName: "Loopback late" });
    await db.update(oauthStates).set({ expiresAt: new Date(Date.now() - 1) }).where(eq(oauthStates.stateHash, hashOAuthState(late.searchParams.get("state")!)));
    before = await count();
    expect((await callback(late, owner)).status).toBe(400);
    await expectNothingStored(before);

    // Another user (even of the same org) cannot complete it, and does not consume it either.
    const mine = await authorize(owner, { connectorId: "loopback", connectionName: "Loopback mine" });
    before = await count();
    const stolen = await callback(mine, seeded.members.editor);
    expect(stolen.status).toBe(400);
    await expectNothingStored(before);
    expect((await callback(mine, owner)).status).toBe(303);

    // No session at all.
    const response = await oauthCallbackResponse({ url: mine, context: { db, user: null }, providers, redirectUri });
    expect(response.status).toBe(401);
  });

  it("a provider error (access denied) and a taken name come back to the org's page with a message", async () => {
    const owner = seeded.members.owner;
    const { authorizeUrl } = await startAuthorization({ ctx: ctxFor(owner), input: { connectorId: "loopback", connectionName: "Loopback denied" } }, { providers, redirectUri });
    const denied = new URL(redirectUri);
    denied.searchParams.set("error", "access_denied");
    denied.searchParams.set("state", new URL(authorizeUrl).searchParams.get("state")!);
    denied.searchParams.set("iss", op.issuer);
    const response = await callback(denied, owner);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe(`/o/${seeded.org.slug}/connections`);
    expect(location.searchParams.get("oauth_error")).toMatch(/did not grant access \(access_denied/);

    await connect("Loopback taken");
    await expect(startAuthorization({ ctx: ctxFor(owner), input: { connectorId: "loopback", connectionName: "Loopback taken" } }, { providers, redirectUri })).rejects.toThrow(
      'A connection named "Loopback taken" already exists',
    );
  });

  it("starting a flow sweeps only its own org's expired states", async () => {
    const elsewhere = await createOrgWithEveryRole(db, "OAuth elsewhere");
    const expired = { connectorId: "loopback", redirectUri, expiresAt: new Date(Date.now() - 60_000) };
    await db.insert(oauthStates).values([
      { ...expired, stateHash: `mine-${Date.now()}`, orgId: seeded.org.id, userId: seeded.members.owner.id },
      { ...expired, stateHash: `theirs-${Date.now()}`, orgId: elsewhere.org.id, userId: elsewhere.members.owner.id },
    ]);
    await startAuthorization({ ctx: ctxFor(seeded.members.owner), input: { connectorId: "loopback", connectionName: "Loopback sweep" } }, { providers, redirectUri });
    const left = await db.select({ orgId: oauthStates.orgId }).from(oauthStates).where(lt(oauthStates.expiresAt, new Date()));
    expect(left).toEqual([{ orgId: elsewhere.org.id }]);
  });

  it("client credentials: connects without a browser and fetches a new token when it expires", async () => {
    const { connectionId } = await connectClientCredentials({ ctx: ctxFor(seeded.members.owner), input: { connectorId: "loopback-service", connectionName: "Loopback service" } }, { providers });
    const [row] = await db.select().from(connections).where(eq(connections.id, connectionId));
    expect(row).toMatchObject({ authType: "oauth2_client_credentials", status: "active" });
    const first = await tokensOf(connectionId);
    expect(first.refreshToken).toBeUndefined();
    expect(JSON.stringify(row)).not.toContain(first.accessToken!);

    await setExpiry(connectionId, new Date(Date.now() + 10_000));
    const grants = hits("client_credentials");
    const next = await getAccessToken(db, ref(connectionId), { providers });
    expect(next).not.toBe(first.accessToken);
    expect(hits("client_credentials")).toBe(grants + 1);
  });

  it("an org's own OAuth app overrides the environment's (a wrong secret is refused by the provider)", async () => {
    const { setOrgOAuthApp, removeOrgOAuthApp } = await import("./set-org-oauth-app");
    const ctx = ctxFor(seeded.members.owner);
    await setOrgOAuthApp({ ctx, input: { app: "loopback", clientId: TEST_CLIENT_ID, clientSecret: "wrong-secret" } });
    const error = await connectClientCredentials({ ctx, input: { connectorId: "loopback-service", connectionName: "Loopback wrong app" } }, { providers }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/refused the OAuth app \(invalid_client/);
    expect((error as Error).message).not.toContain("wrong-secret");
    await removeOrgOAuthApp({ ctx, input: { app: "loopback" } });
    await expect(connectClientCredentials({ ctx, input: { connectorId: "loopback-service", connectionName: "Loopback right app" } }, { providers })).resolves.toBeTruthy();
  });
});
