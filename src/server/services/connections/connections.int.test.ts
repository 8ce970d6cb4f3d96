import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { VaultError } from "@/core/vault";
import { clientErrorOf } from "@/server/api/__tests__/client-error";
import { openConnectionCredentials } from "@/server/connections/open-connection-credentials";
import { auditLogs, connections } from "@/server/db/schema";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { CANARY_SECRET, createConnectionRow, HTTP_API_KEY_CREDENTIALS } from "@/test/connection-fixtures";
import { snapshotDb } from "@/test/db-snapshot";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";

const db = freshTestDatabase();

const unique = () => randomUUID().slice(0, 8);
const sealedOf = async (connectionId: string) =>
  (await db.select({ sealed: connections.sealedCredentials }).from(connections).where(eq(connections.id, connectionId)))[0]!.sealed;

/** The whole response as the client would receive it, checked to contain neither the secret nor anything sealed. */
function expectNoSecrets(response: unknown, sealed: string[] = []) {
  const json = JSON.stringify(response);
  expect(json).not.toContain(CANARY_SECRET);
  expect(json).not.toContain("sealedCredentials");
  expect(json).not.toContain("sealed_credentials");
  for (const value of sealed) expect(json).not.toContain(value.slice(value.indexOf(":") + 1, value.indexOf(":") + 21));
}

describe("connection services", () => {
  let seeded: SeededOrg;
  const owner = () => callerFor(db, seeded.members.owner);
  const create = (name = `GitHub ${unique()}`, credentials: Record<string, string> = { token: CANARY_SECRET }) =>
    owner().connection.create({ orgSlug: seeded.org.slug, connectorId: "github", name, authType: "bearer", credentials });

  beforeAll(async () => {
    seeded = await createOrgWithEveryRole(db, "Connections");
  });

  it("create seals the credentials (bound to org + id), returns only the masked view, and audits without the secret", async () => {
    const created = await create("GitHub main");
    expect(created).toMatchObject({ name: "GitHub main", connectorId: "github", authType: "bearer", status: "active", credentialHint: "••••leak" });
    expect(created.createdBy).toBe(seeded.members.owner.id);
    expect(Object.keys(created)).not.toContain("sealedCredentials");

    const sealed = await sealedOf(created.id);
    expect(sealed).toMatch(/^test1:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(CANARY_SECRET);
    expectNoSecrets(created, [sealed]);

    const opened = await openConnectionCredentials(db, { orgId: seeded.org.id, connectionId: created.id });
    expect(opened).toEqual({ id: created.id, connectorId: "github", authType: "bearer", status: "active", credentials: { token: CANARY_SECRET }, rateLimitRequests: null, rateLimitPerMs: null });

    const audit = await db.select().from(auditLogs).where(and(eq(auditLogs.orgId, seeded.org.id), eq(auditLogs.targetId, created.id)));
    expect(audit.map((a) => a.action)).toEqual(["connection.created"]);
    expectNoSecrets(audit, [sealed]);
  });

  it("list and get never return the sealed column or the secret, only hint and status", async () => {
    const created = await create();
    const sealed = await sealedOf(created.id);
    const list = await owner().connection.list({ orgSlug: seeded.org.slug });
    expect(list.find((c) => c.id === created.id)).toMatchObject({ credentialHint: "••••leak", status: "active" });
    expectNoSecrets(list, [sealed]);
    const got = await callerFor(db, seeded.members.viewer).connection.get({ orgSlug: seeded.org.slug, connectionId: created.id });
    expect(got).toEqual(created);
    expectNoSecrets(got, [sealed]);
  });

  it("a duplicate name in the org is a CONFLICT on the name field, and changes nothing; another org may use it", async () => {
    await create("Stripe live");
    const before = await snapshotDb(db);
    const error = await clientErrorOf(create("Stripe live"));
    expect(error).toMatchObject({ code: "CONFLICT", field: "name" });
    expect(error.message).toBe('A connection named "Stripe live" already exists in this organization. Choose another name.');
    expect(await snapshotDb(db)).toEqual(before);

    const other = await createOrgWithEveryRole(db, "Other connections");
    const elsewhere = await callerFor(db, other.members.owner).connection.create({
      orgSlug: other.org.slug,
      connectorId: "stripe",
      name: "Stripe live",
      authType: "bearer",
      credentials: { token: CANARY_SECRET },
    });
    expect(elsewhere.name).toBe("Stripe live");
  });

  it("rename: trims, audits, and refuses a name taken in the org with CONFLICT", async () => {
    const first = await create("Slack ops");
    await create("Slack alerts");
    const renamed = await owner().connection.rename({ orgSlug: seeded.org.slug, connectionId: first.id, name: "  Slack operations " });
    expect(renamed.name).toBe("Slack operations");
    expect(renamed.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());

    const before = await snapshotDb(db);
    const error = await clientErrorOf(owner().connection.rename({ orgSlug: seeded.org.slug, connectionId: first.id, name: "Slack alerts" }));
    expect(error).toMatchObject({ code: "CONFLICT", field: "name", message: 'A connection named "Slack alerts" already exists in this organization. Choose another name.' });
    expect(await snapshotDb(db)).toEqual(before);

    const actions = await db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.targetId, first.id));
    expect(actions.map((a) => a.action).sort()).toEqual(["connection.created", "connection.renamed"]);
  });

  it("reconnect replaces the credentials (old ones gone), updates the hint and makes the connection active again", async () => {
    const created = await create();
    await db.update(connections).set({ status: "needs_reauth", lastError: "401 from GitHub" }).where(eq(connections.id, created.id));
    const replacement = `ghp_${"r".repeat(30)}WXYZ`;
    const reconnected = await owner().connection.reconnect({ orgSlug: seeded.org.slug, connectionId: created.id, credentials: { token: replacement } });
    expect(reconnected).toMatchObject({ status: "active", lastError: null, credentialHint: "••••WXYZ" });
    expect(JSON.stringify(reconnected)).not.toContain(replacement);
    const opened = await openConnectionCredentials(db, { orgId: seeded.org.id, connectionId: created.id });
    expect(opened.credentials).toEqual({ token: replacement });
    const [audit] = await db.select().from(auditLogs).where(and(eq(auditLogs.targetId, created.id), eq(auditLogs.action, "connection.reconnected")));
    expect(audit?.metadata).toEqual({ previousStatus: "needs_reauth" });
  });

  it("delete removes the row and its sealed credentials; opening it afterwards is NOT_FOUND", async () => {
    const created = await create();
    expect(await owner().connection.delete({ orgSlug: seeded.org.slug, connectionId: created.id })).toEqual({ deleted: true });
    expect(await db.select().from(connections).where(eq(connections.id, created.id))).toEqual([]);
    await expect(openConnectionCredentials(db, { orgId: seeded.org.id, connectionId: created.id })).rejects.toThrow("Connection not found.");
  });

  it("bad credentials input is refused with a message that says what to fix and never repeats the secret", async () => {
    const before = await snapshotDb(db);
    const cases: [unknown, RegExp][] = [
      [{}, /at least one value/],
      [{ apiKey: "" }, /at least one value/],
      [{ apiKey: 42 }, /must be text/],
      [{ "bad key!": CANARY_SECRET }, /field names are letters/],
      [{ apiKey: `${CANARY_SECRET}${"x".repeat(17_000)}` }, /at most 16 KiB/],
      ["just-a-string", /object of named text values/],
    ];
    for (const [credentials, message] of cases) {
      const error = await clientErrorOf(
        owner().connection.create({
          orgSlug: seeded.org.slug,
          connectorId: "github",
          name: `Bad ${unique()}`,
          authType: "api_key",
          credentials: credentials as Record<string, string>,
        }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(message);
      expect(JSON.stringify(error)).not.toContain(CANARY_SECRET);
    }
    expect(await snapshotDb(db)).toEqual(before);
  });

  describe("openConnectionCredentials (engine only)", () => {
    it("is scoped to the org: another org's connection id is NOT_FOUND", async () => {
      const other = await createOrgWithEveryRole(db, "Engine other");
      const { connectionId } = await createConnectionRow(db, other.org.id);
      await expect(openConnectionCredentials(db, { orgId: seeded.org.id, connectionId })).rejects.toThrow("Connection not found.");
    });

    it("refuses sealed values swapped between two rows, or moved to another org, with a VaultError that holds no secret", async () => {
      const first = await createConnectionRow(db, seeded.org.id, { credentials: { apiKey: `${CANARY_SECRET}-1` } });
      const second = await createConnectionRow(db, seeded.org.id, { credentials: { apiKey: `${CANARY_SECRET}-2` } });
      const [sealedFirst, sealedSecond] = [await sealedOf(first.connectionId), await sealedOf(second.connectionId)];
      await db.update(connections).set({ sealedCredentials: sealedSecond }).where(eq(connections.id, first.connectionId));
      await db.update(connections).set({ sealedCredentials: sealedFirst }).where(eq(connections.id, second.connectionId));

      for (const { connectionId } of [first, second]) {
        const error = await openConnectionCredentials(db, { orgId: seeded.org.id, connectionId }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(VaultError);
        expect((error as VaultError).code).toBe("cannot_open");
        expect(JSON.stringify({ message: (error as Error).message, stack: (error as Error).stack })).not.toContain(CANARY_SECRET);
      }

      // The same sealed value copied into another org's row (same connection id is impossible; same value is enough).
      const other = await createOrgWithEveryRole(db, "Moved to");
      const target = await createConnectionRow(db, other.org.id);
      await db.update(connections).set({ sealedCredentials: sealedFirst }).where(eq(connections.id, target.connectionId));
      await expect(openConnectionCredentials(db, { orgId: other.org.id, connectionId: target.connectionId })).rejects.toBeInstanceOf(VaultError);
    });

    it("opens with the process keyring by default, and with an explicit one", async () => {
      const { connectionId } = await createConnectionRow(db, seeded.org.id);
      const opened = await openConnectionCredentials(db, { orgId: seeded.org.id, connectionId }, getVaultKeyring());
      expect(opened.credentials).toEqual(HTTP_API_KEY_CREDENTIALS);
    });
  });
});

describe("connection.create checks the credentials against the connector's form", () => {
  it("refuses an unknown connector, an auth type it does not take, OAuth2 by form, a missing or unknown field — naming the field, storing nothing", async () => {
    const seeded = await createOrgWithEveryRole(db, "Connection forms");
    const owner = callerFor(db, seeded.members.owner);
    const create = (connectorId: string, authType: string, credentials: Record<string, string>) =>
      clientErrorOf(owner.connection.create({ orgSlug: seeded.org.slug, connectorId, name: `Form ${randomUUID().slice(0, 8)}`, authType, credentials }));
    const before = await snapshotDb(db);
    const cases: [Promise<{ code: string; message: string }>, string][] = [
      [create("nope", "bearer", { token: CANARY_SECRET }), 'There is no connector "nope"; pick one from the list.'],
      [create("github", "api_key", { apiKey: CANARY_SECRET }), 'GitHub connections use oauth2, bearer, not "api_key".'],
      [create("github", "oauth2", { accessToken: CANARY_SECRET }), 'GitHub connects with OAuth2: use "Connect with GitHub" to sign in at GitHub instead of typing a token.'],
      [create("http", "api_key", { apiKey: CANARY_SECRET, in: "header" }), "Fill in Header or query parameter name."],
      [create("http", "api_key", { apiKey: CANARY_SECRET, in: "body", name: "x-key" }), "Send the key in must be one of header, query."],
      [create("github", "bearer", { token: CANARY_SECRET, password: CANARY_SECRET }), '"password" is not a field of a GitHub connection (its fields: token, baseUrl).'],
    ];
    for (const [error, message] of cases) {
      const refused = await error;
      expect(refused).toMatchObject({ code: "BAD_REQUEST", message });
      expect(JSON.stringify(refused)).not.toContain(CANARY_SECRET);
    }
    expect(await snapshotDb(db)).toEqual(before);
  });
});

describe("connection.setRateLimit", () => {
  it("sets the connection's own limit (replacing the connector's default), clears it with null, audits both, and refuses bad values", async () => {
    const seeded = await createOrgWithEveryRole(db, "Rate limits");
    const owner = callerFor(db, seeded.members.owner);
    const { connectionId } = await createConnectionRow(db, seeded.org.id);
    const set = await owner.connection.setRateLimit({ orgSlug: seeded.org.slug, connectionId, rateLimit: { requests: 120, per: "minute" } });
    expect(set).toMatchObject({ rateLimitRequests: 120, rateLimitPerMs: 60_000 });
    const cleared = await owner.connection.setRateLimit({ orgSlug: seeded.org.slug, connectionId, rateLimit: null });
    expect(cleared).toMatchObject({ rateLimitRequests: null, rateLimitPerMs: null });
    const audit = await db.select().from(auditLogs).where(and(eq(auditLogs.targetId, connectionId), eq(auditLogs.action, "connection.rate_limit_changed")));
    expect(audit.map((a) => a.metadata).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([{ rateLimit: "120 requests per minute" }, { rateLimit: "connector default" }]);

    const before = await snapshotDb(db);
    const refused = await clientErrorOf(owner.connection.setRateLimit({ orgSlug: seeded.org.slug, connectionId, rateLimit: { requests: 0, per: "minute" } }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: "Allow at least 1 request." });
    const week = await clientErrorOf(owner.connection.setRateLimit({ orgSlug: seeded.org.slug, connectionId, rateLimit: { requests: 5, per: "week" as "day" } }));
    expect(week.message).toBe("The window is a second, a minute, an hour or a day.");
    expect(await snapshotDb(db)).toEqual(before);
  });
});
