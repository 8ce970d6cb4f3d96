import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLogs, connections, invitations, oauthApps, oauthStates } from "@/server/db/schema";
import { CANARY_SECRET, createConnectionRow } from "@/test/connection-fixtures";
import { acmeDefinition, createCustomConnectorRow } from "@/test/custom-connector-fixtures";
import { snapshotDb } from "@/test/db-snapshot";
import { callerFor, createOrgWithEveryRole, createUser, type SeededOrg } from "@/test/fixtures";
import { membershipIdOf } from "@/test/lookups";
import { createDeliveryRow, snapshotWebhookEndpoints } from "@/test/webhook-delivery-fixtures";
import { createWebhookEndpoint } from "@/test/webhook-fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { callProcedure, errorCodeOf } from "./__tests__/call-procedure";
import { clientErrorOf } from "./__tests__/client-error";
import { ORG_PROCEDURE_CASES, orgProcedurePaths } from "./__tests__/org-procedures";

const db = freshTestDatabase();

async function twoTenants(label: string): Promise<{ a: SeededOrg; b: SeededOrg }> {
  const a = await createOrgWithEveryRole(db, `Tenant A ${label}`);
  const b = await createOrgWithEveryRole(db, `Tenant B ${label}`);
  return { a, b };
}

/** A pending invitation in the org, created through the router so it also leaves an audit row. */
async function inviteThroughRouter(seeded: SeededOrg, role: "viewer" | "editor" = "viewer") {
  const email = `invitee-${randomUUID().slice(0, 8)}@example.com`;
  return callerFor(db, seeded.members.owner).invitation.create({ orgSlug: seeded.org.slug, email, role });
}

describe("cross-tenant isolation", () => {
  it("the cases below cover every org procedure of the router", () => {
    expect(Object.keys(ORG_PROCEDURE_CASES).sort()).toEqual([...orgProcedurePaths().keys()].sort());
  });

  describe("the owner of A, calling with B's slug", () => {
    for (const [path, testCase] of Object.entries(ORG_PROCEDURE_CASES)) {
      it(`${path} → NOT_FOUND, and B is unchanged`, async () => {
        const { a, b } = await twoTenants(path);
        const input = await testCase.input(db, b);
        const before = await snapshotDb(db);

        const error = await clientErrorOf(callProcedure(db, a.members.owner, path, input));
        expect(error.code).toBe("NOT_FOUND");
        expect(error.message).toBe("Organization not found.");
        expect(await snapshotDb(db)).toEqual(before);

        // Control: the very same input is valid for B's own owner, so the refusal above was about the tenant.
        expect(await errorCodeOf(callProcedure(db, b.members.owner, path, input))).toBe("OK");
      });
    }
  });

  describe("A's slug with ids that belong to B", () => {
    it("member.changeRole on a membership of B → NOT_FOUND, B unchanged", async () => {
      const { a, b } = await twoTenants("changeRole");
      const bViewer = await membershipIdOf(db, b.org.id, b.members.viewer.id);
      const bOwner = await membershipIdOf(db, b.org.id, b.members.owner.id);
      const before = await snapshotDb(db);

      const promote = callerFor(db, a.members.owner).member.changeRole({ orgSlug: a.org.slug, membershipId: bViewer, role: "owner" });
      expect(await clientErrorOf(promote)).toMatchObject({ code: "NOT_FOUND", message: "Member not found." });
      const demote = callerFor(db, a.members.owner).member.changeRole({ orgSlug: a.org.slug, membershipId: bOwner, role: "viewer" });
      expect(await clientErrorOf(demote)).toMatchObject({ code: "NOT_FOUND", message: "Member not found." });
      expect(await snapshotDb(db)).toEqual(before);

      // Control: the id is real; B's owner can use it.
      await callerFor(db, b.members.owner).member.changeRole({ orgSlug: b.org.slug, membershipId: bViewer, role: "editor" });
    });

    it("member.remove on a membership of B → NOT_FOUND, B unchanged", async () => {
      const { a, b } = await twoTenants("remove");
      const bEditor = await membershipIdOf(db, b.org.id, b.members.editor.id);
      const bOwner = await membershipIdOf(db, b.org.id, b.members.owner.id);
      const before = await snapshotDb(db);

      for (const membershipId of [bEditor, bOwner]) {
        const error = await clientErrorOf(callerFor(db, a.members.owner).member.remove({ orgSlug: a.org.slug, membershipId }));
        expect(error).toMatchObject({ code: "NOT_FOUND", message: "Member not found." });
      }
      expect(await snapshotDb(db)).toEqual(before);

      await callerFor(db, b.members.owner).member.remove({ orgSlug: b.org.slug, membershipId: bEditor });
    });

    it("invitation.revoke on an invitation of B → NOT_FOUND, the invitation stays pending", async () => {
      const { a, b } = await twoTenants("revoke");
      const invitation = await inviteThroughRouter(b);
      const before = await snapshotDb(db);

      const error = await clientErrorOf(
        callerFor(db, a.members.owner).invitation.revoke({ orgSlug: a.org.slug, invitationId: invitation.id }),
      );
      expect(error).toMatchObject({ code: "NOT_FOUND", message: "Invitation not found." });
      expect(await snapshotDb(db)).toEqual(before);
      const listed = await callerFor(db, b.members.owner).invitation.list({ orgSlug: b.org.slug });
      expect(listed.find((i) => i.id === invitation.id)?.status).toBe("pending");
    });
  });

  describe("A's slug with a connection id of B", () => {
    const calls = {
      "connection.get": (connectionId: string) => ({ connectionId }),
      "connection.rename": (connectionId: string) => ({ connectionId, name: "Taken over" }),
      "connection.reconnect": (connectionId: string) => ({ connectionId, credentials: { apiKey: "attacker-key-0123456789", in: "header", name: "x-api-key" } }),
      "connection.setRateLimit": (connectionId: string) => ({ connectionId, rateLimit: { requests: 1, per: "day" } }),
      "connection.delete": (connectionId: string) => ({ connectionId }),
    };
    for (const [path, input] of Object.entries(calls)) {
      it(`${path} → NOT_FOUND ("Connection not found."), B's connection unchanged`, async () => {
        const { a, b } = await twoTenants(path);
        const { connectionId } = await createConnectionRow(db, b.org.id);
        const before = await snapshotDb(db);

        const error = await clientErrorOf(callProcedure(db, a.members.owner, path, { orgSlug: a.org.slug, ...input(connectionId) }));
        expect(error).toMatchObject({ code: "NOT_FOUND", message: "Connection not found." });
        expect(await snapshotDb(db)).toEqual(before);

        // Control: the id is real; B's owner can use it.
        expect(await errorCodeOf(callProcedure(db, b.members.owner, path, { orgSlug: b.org.slug, ...input(connectionId) }))).toBe("OK");
      });
    }
  });

  describe("A's slug with a custom connector id of B", () => {
    const calls = {
      "customConnector.get": (customConnectorId: string) => ({ customConnectorId }),
      "customConnector.update": (customConnectorId: string) => ({ customConnectorId, definition: acmeDefinition("https://attacker.example", "Taken over") }),
      "customConnector.delete": (customConnectorId: string) => ({ customConnectorId }),
    };
    for (const [path, input] of Object.entries(calls)) {
      it(`${path} → NOT_FOUND ("Custom connector not found."), B's connector unchanged`, async () => {
        const { a, b } = await twoTenants(path);
        const { customConnectorId } = await createCustomConnectorRow(db, b.org.id);
        const before = await snapshotDb(db);
        const error = await clientErrorOf(callProcedure(db, a.members.owner, path, { orgSlug: a.org.slug, ...input(customConnectorId) }));
        expect(error).toMatchObject({ code: "NOT_FOUND", message: "Custom connector not found." });
        expect(await snapshotDb(db)).toEqual(before);
        expect(await errorCodeOf(callProcedure(db, b.members.owner, path, { orgSlug: b.org.slug, ...input(customConnectorId) }))).toBe("OK");
      });
    }

    it("B's custom connector is not in A's connector list and A cannot connect to it", async () => {
      const { a, b } = await twoTenants("custom list");
      const { connectorId } = await createCustomConnectorRow(db, b.org.id);
      const listed = await callerFor(db, a.members.owner).connector.list({ orgSlug: a.org.slug });
      expect(listed.map((c) => c.id)).not.toContain(connectorId);
      const error = await clientErrorOf(
        callerFor(db, a.members.owner).connection.create({ orgSlug: a.org.slug, connectorId, name: "Stolen", authType: "api_key", credentials: { apiKey: "k" } }),
      );
      expect(error).toMatchObject({ code: "BAD_REQUEST", message: `There is no connector "${connectorId}"; pick one from the list.` });
      expect((await callerFor(db, b.members.owner).connector.list({ orgSlug: b.org.slug })).map((c) => c.id)).toContain(connectorId);
    });
  });

  describe("A's slug with a webhook endpoint id of B", () => {
    const calls = {
      "webhook.get": () => ({}),
      "webhook.update": () => ({ enabled: false, name: "Taken over" }),
      "webhook.rotateSecret": () => ({ overlapHours: 0, secret: "attacker-secret-0123456789" }),
      "webhook.delete": () => ({}),
      "webhook.deliveries": () => ({}),
      "webhook.replayDelivery": (deliveryId: string) => ({ deliveryId }),
      "webhook.sendTest": () => ({}),
    };
    for (const [path, input] of Object.entries(calls)) {
      it(`${path} → NOT_FOUND ("Webhook endpoint not found."), B's endpoint unchanged`, async () => {
        const { a, b } = await twoTenants(path);
        const endpoint = await createWebhookEndpoint(db, b.org.id);
        const { deliveryId } = await createDeliveryRow(db, endpoint);
        const before = [await snapshotDb(db), await snapshotWebhookEndpoints(db)];

        const error = await clientErrorOf(callProcedure(db, a.members.owner, path, { orgSlug: a.org.slug, endpointId: endpoint.endpointId, ...input(deliveryId) }));
        expect(error).toMatchObject({ code: "NOT_FOUND", message: "Webhook endpoint not found." });
        expect([await snapshotDb(db), await snapshotWebhookEndpoints(db)]).toEqual(before);

        // Control: the id is real; B's owner can use it.
        expect(await errorCodeOf(callProcedure(db, b.members.owner, path, { orgSlug: b.org.slug, endpointId: endpoint.endpointId, ...input(deliveryId) }))).toBe("OK");
      });
    }

    it("webhook.delivery / replayDelivery with B's endpoint or B's delivery under A's own endpoint → NOT_FOUND, nothing stored", async () => {
      const { a, b } = await twoTenants("webhook deliveries");
      const ownEndpoint = await createWebhookEndpoint(db, a.org.id);
      const endpoint = await createWebhookEndpoint(db, b.org.id);
      const { deliveryId } = await createDeliveryRow(db, endpoint);
      const before = [await snapshotDb(db), await snapshotWebhookEndpoints(db)];
      for (const endpointId of [endpoint.endpointId, ownEndpoint.endpointId]) {
        const read = await clientErrorOf(callerFor(db, a.members.owner).webhook.delivery({ orgSlug: a.org.slug, endpointId, deliveryId }));
        expect(read).toMatchObject({ code: "NOT_FOUND", message: "Delivery not found." });
      }
      const replay = await clientErrorOf(callerFor(db, a.members.owner).webhook.replayDelivery({ orgSlug: a.org.slug, endpointId: ownEndpoint.endpointId, deliveryId }));
      expect(replay).toMatchObject({ code: "NOT_FOUND", message: "Delivery not found." });
      expect([await snapshotDb(db), await snapshotWebhookEndpoints(db)]).toEqual(before);
    });
  });

  it("oauth.start to reconnect B's connection from A's slug → NOT_FOUND, no flow stored", async () => {
    const { a, b } = await twoTenants("oauth.start");
    const { connectionId } = await createConnectionRow(db, b.org.id);
    await db.insert(oauthApps).values({ orgId: a.org.id, app: "github", clientId: "Iv1.cross-tenant" });
    const before = await snapshotDb(db);
    const error = await clientErrorOf(callProcedure(db, a.members.owner, "oauth.start", { orgSlug: a.org.slug, connectionId }));
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "Connection not found." });
    expect(await snapshotDb(db)).toEqual(before);
    expect(await db.select().from(oauthStates).where(eq(oauthStates.orgId, a.org.id))).toEqual([]);
  });

  describe("lists of A never contain B's rows", () => {
    let a: SeededOrg;
    let b: SeededOrg;
    beforeAll(async () => {
      ({ a, b } = await twoTenants("lists"));
      for (const seeded of [a, b]) {
        await inviteThroughRouter(seeded);
        await inviteThroughRouter(seeded, "editor");
        const viewer = await membershipIdOf(db, seeded.org.id, seeded.members.viewer.id);
        await callerFor(db, seeded.members.owner).member.changeRole({ orgSlug: seeded.org.slug, membershipId: viewer, role: "editor" });
      }
    });

    it("member.list", async () => {
      const listOf = async (s: SeededOrg) => callerFor(db, s.members.owner).member.list({ orgSlug: s.org.slug });
      const [listA, listB] = [await listOf(a), await listOf(b)];
      const bUserIds = Object.values(b.members).map((u) => u.id);
      expect(listB.map((m) => m.userId).sort()).toEqual([...bUserIds].sort());
      expect(listA.map((m) => m.userId).sort()).toEqual(Object.values(a.members).map((u) => u.id).sort());
      const bMembershipIds = new Set(listB.map((m) => m.membershipId));
      expect(listA.filter((m) => bMembershipIds.has(m.membershipId) || bUserIds.includes(m.userId))).toEqual([]);
    });

    it("invitation.list", async () => {
      const listA = await callerFor(db, a.members.owner).invitation.list({ orgSlug: a.org.slug });
      const rowsOfB = await db.select({ id: invitations.id, email: invitations.email }).from(invitations).where(eq(invitations.orgId, b.org.id));
      const rowsOfA = await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.orgId, a.org.id));
      expect(rowsOfB).toHaveLength(2);
      expect(listA.map((i) => i.id).sort()).toEqual(rowsOfA.map((r) => r.id).sort());
      const bIds = new Set(rowsOfB.map((r) => r.id));
      const bEmails = new Set(rowsOfB.map((r) => r.email));
      expect(listA.filter((i) => bIds.has(i.id) || bEmails.has(i.email))).toEqual([]);
    });

    it("connection.list", async () => {
      for (const seeded of [a, b]) await createConnectionRow(db, seeded.org.id, { name: `Shared name ${seeded === a ? "A" : "B"}` });
      const listA = await callerFor(db, a.members.owner).connection.list({ orgSlug: a.org.slug });
      const idsOf = async (orgId: string) =>
        (await db.select({ id: connections.id }).from(connections).where(eq(connections.orgId, orgId))).map((r) => r.id).sort();
      const [aIds, bIds] = [await idsOf(a.org.id), await idsOf(b.org.id)];
      expect(bIds.length).toBeGreaterThanOrEqual(1);
      expect(listA.map((c) => c.id).sort()).toEqual(aIds);
      expect(listA.filter((c) => bIds.includes(c.id))).toEqual([]);
      expect(JSON.stringify(listA)).not.toContain(CANARY_SECRET);
    });

    it("webhook.list", async () => {
      for (const seeded of [a, b]) await createWebhookEndpoint(db, seeded.org.id);
      const listA = await callerFor(db, a.members.owner).webhook.list({ orgSlug: a.org.slug });
      const idsOf = async (orgId: string) => (await snapshotWebhookEndpoints(db)).filter((row) => row.orgId === orgId).map((row) => row.id).sort();
      const [aIds, bIds] = [await idsOf(a.org.id), await idsOf(b.org.id)];
      expect(bIds.length).toBeGreaterThanOrEqual(1);
      expect(listA.map((endpoint) => endpoint.id).sort()).toEqual(aIds);
    });

    it("audit.list", async () => {
      const { items } = await callerFor(db, a.members.owner).audit.list({ orgSlug: a.org.slug });
      const idsOf = async (orgId: string) =>
        (await db.select({ id: auditLogs.id }).from(auditLogs).where(eq(auditLogs.orgId, orgId))).map((r) => r.id).sort();
      const [aIds, bIds] = [await idsOf(a.org.id), await idsOf(b.org.id)];
      expect(bIds.length).toBeGreaterThanOrEqual(3);
      expect(items.map((i) => i.id).sort()).toEqual(aIds);
      expect(items.filter((i) => bIds.includes(i.id))).toEqual([]);
    });
  });

  describe("callers outside B", () => {
    for (const [path, testCase] of Object.entries(ORG_PROCEDURE_CASES)) {
      it(`${path}: a signed-in non-member gets NOT_FOUND (never FORBIDDEN); B is unchanged`, async () => {
        const b = await createOrgWithEveryRole(db, `Outsider ${path}`);
        const stranger = await createUser(db, "stranger");
        const input = await testCase.input(db, b);
        const before = await snapshotDb(db);
        expect(await errorCodeOf(callProcedure(db, stranger, path, input))).toBe("NOT_FOUND");
        expect(await snapshotDb(db)).toEqual(before);
      });

      it(`${path}: a signed-out caller gets UNAUTHORIZED; B is unchanged`, async () => {
        const b = await createOrgWithEveryRole(db, `Signed out ${path}`);
        const input = await testCase.input(db, b);
        const before = await snapshotDb(db);
        const error = await clientErrorOf(callProcedure(db, null, path, input));
        expect(error).toMatchObject({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
        expect(await snapshotDb(db)).toEqual(before);
      });
    }

    it("a non-member probing a slug that exists gets the same answer as for a slug that does not", async () => {
      const b = await createOrgWithEveryRole(db, "Probe");
      const stranger = await createUser(db, "prober");
      const existing = await clientErrorOf(callerFor(db, stranger).org.get({ orgSlug: b.org.slug }));
      const missing = await clientErrorOf(callerFor(db, stranger).org.get({ orgSlug: `no-such-org-${randomUUID().slice(0, 6)}` }));
      expect(existing).toEqual(missing);
    });
  });
});
