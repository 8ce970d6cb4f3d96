import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signWebhook } from "@/core/webhooks";
import { clientErrorOf } from "@/server/api/__tests__/client-error";
import { auditLogs, webhookEndpoints } from "@/server/db/schema";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { createWebhookIntake } from "@/server/webhooks/intake";
import { openWebhookSecrets } from "@/server/webhooks/webhook-secrets";
import { CANARY_SECRET } from "@/test/connection-fixtures";
import { snapshotDb } from "@/test/db-snapshot";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { snapshotWebhookEndpoints } from "@/test/webhook-delivery-fixtures";
import { intakeRequest } from "@/test/webhook-fixtures";

const db = freshTestDatabase();
const intake = createWebhookIntake({ db, dispatching: { send: async () => {} } });
const unique = () => randomUUID().slice(0, 8);
const GITHUB_CANARY = `${CANARY_SECRET}-github`;

const rowOf = async (endpointId: string) => (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)))[0]!;
const secretsOf = async (endpointId: string) => openWebhookSecrets(getVaultKeyring(), await rowOf(endpointId));
const auditOf = async (endpointId: string) =>
  db.select({ action: auditLogs.action, metadata: auditLogs.metadata }).from(auditLogs).where(eq(auditLogs.targetId, endpointId)).orderBy(auditLogs.createdAt);

/** Sends `body` signed with `secret` through the intake, as the endpoint's sender would. */
async function deliver(endpointId: string, scheme: Parameters<typeof signWebhook>[0], secret: string | null, body = JSON.stringify({ n: unique() })) {
  const headers = { "content-type": "application/json", ...(secret === null ? {} : signWebhook(scheme, secret, body, { event: "issues" })) };
  return (await intake.handle(intakeRequest(endpointId, headers, body))).status;
}

/** Neither the secret nor any part of a sealed value may appear in what the client receives. */
function expectNoSecret(response: unknown, secrets: (string | null)[], sealed: (string | null)[] = []) {
  const json = JSON.stringify(response);
  for (const secret of secrets) if (secret) expect(json).not.toContain(secret);
  for (const value of sealed) if (value) expect(json).not.toContain(value.slice(value.indexOf(":") + 1, value.indexOf(":") + 21));
  expect(json).not.toMatch(/sealed/i);
}

describe("webhook endpoint services", () => {
  let seeded: SeededOrg;
  const owner = () => callerFor(db, seeded.members.owner);
  const editor = () => callerFor(db, seeded.members.editor);

  beforeAll(async () => {
    seeded = await createOrgWithEveryRole(db, "Webhooks");
  });

  it("create returns the generated secret once; get, list and the audit log never do (only a masked hint)", async () => {
    const created = await editor().webhook.create({ orgSlug: seeded.org.slug, name: "Billing events", scheme: "standard_webhooks" });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const secret = created.secret!;
    expect(created.endpoint).toMatchObject({ name: "Billing events", scheme: "standard_webhooks", enabled: true, rateLimitPerMinute: 600, events: [], workflows: [] });
    expect(created.endpoint.id).toMatch(/^wh_[A-Za-z0-9_-]{32}$/);
    expect(created.endpoint.url).toBe(`http://localhost:3000/api/hooks/${created.endpoint.id}`);
    expect(created.endpoint.secret).toEqual({ hint: `••••${secret.slice(-4)}`, rotatedAt: null, previousValidUntil: null });
    expect(created.endpoint.sampleCurl).toContain("${WEBHOOK_SECRET#whsec_}");
    expectNoSecret(created.endpoint, [secret]);

    const row = await rowOf(created.endpoint.id);
    expect(row.sealedSecret).toMatch(/^test1:/);
    expect(row.sealedSecret).not.toContain(secret);
    // The hint is stored when the secret is sealed; reads show it without opening the secret.
    expect(row.secretHint).toBe(`••••${secret.slice(-4)}`);
    expect((await secretsOf(created.endpoint.id)).current).toBe(secret);

    const got = await callerFor(db, seeded.members.viewer).webhook.get({ orgSlug: seeded.org.slug, endpointId: created.endpoint.id });
    const list = await owner().webhook.list({ orgSlug: seeded.org.slug });
    const audit = await auditOf(created.endpoint.id);
    expect(audit).toEqual([{ action: "webhook.created", metadata: { scheme: "standard_webhooks", connectorTrigger: null, secret: "generated" } }]);
    for (const response of [got, list, audit]) expectNoSecret(response, [secret], [row.sealedSecret]);
    expect(list.find((endpoint) => endpoint.id === created.endpoint.id)?.secret?.hint).toBe(`••••${secret.slice(-4)}`);

    // The secret handed out is the one intake verifies with.
    expect(await deliver(created.endpoint.id, "standard_webhooks", secret)).toBe(202);
  });

  it("a provider-issued secret is pasted (GitHub, Stripe, Slack) and never returned again; a connector trigger fixes the scheme", async () => {
    const created = await owner().webhook.create({
      orgSlug: seeded.org.slug,
      name: "GitHub issues",
      scheme: "github",
      connectorTrigger: "github.webhook",
      events: ["issues.opened", "issues.opened", " issue_comment.created "],
      secret: GITHUB_CANARY,
    });
    expect(created.secret).toBe(GITHUB_CANARY);
    expect(created.endpoint).toMatchObject({ connectorTrigger: "github.webhook", events: ["issues.opened", "issue_comment.created"] });
    expect(created.endpoint.sampleCurl).toContain("x-github-event: issues");
    expectNoSecret(created.endpoint, [GITHUB_CANARY]);
    expect(await deliver(created.endpoint.id, "github", GITHUB_CANARY)).toBe(202);

    const stripe = await owner().webhook.create({ orgSlug: seeded.org.slug, name: "Stripe payments", scheme: "stripe", connectorTrigger: "stripe.payment_intent_succeeded", secret: "whsec_stripe_0123456789abcdef" });
    expect(stripe.endpoint.secret?.hint).toBe("••••cdef");
    const none = await owner().webhook.create({ orgSlug: seeded.org.slug, name: "Unsigned form", scheme: "none" });
    expect(none).toMatchObject({ secret: null, endpoint: { secret: null } });
    expect(await rowOf(none.endpoint.id)).toMatchObject({ sealedSecret: null, secretHint: null });
    expect(await deliver(none.endpoint.id, "none", null)).toBe(202);
  });

  it("generic HMAC-SHA256: the settings are stored as intake reads them and a delivery signed that way is accepted", async () => {
    const created = await owner().webhook.create({
      orgSlug: seeded.org.slug,
      name: "Internal sender",
      scheme: "hmac_sha256",
      config: { header: "X-Acme-Signature", encoding: "base64", prefix: "sha256=", timestampHeader: "X-Acme-Timestamp", idHeader: "X-Acme-Id" },
    });
    expect(created.endpoint.config).toEqual({ header: "x-acme-signature", encoding: "base64", prefix: "sha256=", timestampHeader: "x-acme-timestamp", idHeader: "x-acme-id" });
    const body = JSON.stringify({ hello: "world" });
    const headers = { "content-type": "application/json", ...signWebhook("hmac_sha256", created.secret!, body, { config: created.endpoint.config! }) };
    expect((await intake.handle(intakeRequest(created.endpoint.id, headers, body))).status).toBe(202);

    const defaults = await owner().webhook.create({ orgSlug: seeded.org.slug, name: "Defaults", scheme: "hmac_sha256" });
    expect(defaults.endpoint.config).toEqual({ header: "x-signature", encoding: "hex" });
  });

  it("rotateSecret returns the new secret once and keeps the old one as previous for the overlap; 0 hours drops it", async () => {
    const created = await owner().webhook.create({ orgSlug: seeded.org.slug, name: `Rotating ${unique()}`, scheme: "github", secret: GITHUB_CANARY });
    const before = Date.now();
    const rotated = await editor().webhook.rotateSecret({ orgSlug: seeded.org.slug, endpointId: created.endpoint.id });
    expect(rotated.secret).toMatch(/^[0-9a-f]{64}$/);
    const overlapEnd = rotated.endpoint.secret!.previousValidUntil!.getTime();
    expect(overlapEnd).toBeGreaterThanOrEqual(before + 24 * 3_600_000 - 1000);
    expect(overlapEnd).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000 + 1000);
    expect(rotated.endpoint.secret).toMatchObject({ hint: `••••${rotated.secret.slice(-4)}`, rotatedAt: expect.any(Date) as Date });
    expect((await rowOf(created.endpoint.id)).secretHint).toBe(`••••${rotated.secret.slice(-4)}`);
    expect(rotated.secret.slice(-4)).not.toBe(GITHUB_CANARY.slice(-4));
    const opened = await secretsOf(created.endpoint.id);
    expect(opened).toEqual({ current: rotated.secret, previous: { secret: GITHUB_CANARY, expiresAt: rotated.endpoint.secret!.previousValidUntil } });
    // Both are accepted during the overlap (the cache was invalidated: no 5-second wait).
    expect(await deliver(created.endpoint.id, "github", GITHUB_CANARY)).toBe(202);
    expect(await deliver(created.endpoint.id, "github", rotated.secret)).toBe(202);
    const got = await owner().webhook.get({ orgSlug: seeded.org.slug, endpointId: created.endpoint.id });
    expectNoSecret(got, [rotated.secret, GITHUB_CANARY]);

    const pasted = `${CANARY_SECRET}-next`;
    const again = await owner().webhook.rotateSecret({ orgSlug: seeded.org.slug, endpointId: created.endpoint.id, overlapHours: 0, secret: pasted });
    expect(again.secret).toBe(pasted);
    expect(again.endpoint.secret?.previousValidUntil).toBeNull();
    expect(await secretsOf(created.endpoint.id)).toEqual({ current: pasted, previous: null });
    expect(await deliver(created.endpoint.id, "github", rotated.secret)).toBe(401);
    expect(await deliver(created.endpoint.id, "github", pasted)).toBe(202);

    const audit = await auditOf(created.endpoint.id);
    expect(audit.map((entry) => entry.action)).toEqual(["webhook.created", "webhook.secret_rotated", "webhook.secret_rotated"]);
    expect(audit[2]!.metadata).toEqual({ secret: "pasted", overlapHours: 0, previousValidUntil: null });
    expectNoSecret(audit, [rotated.secret, pasted, GITHUB_CANARY]);
  });

  it("get and list show the stored hint without opening the secret; a secret stored before hints has none until it is rotated", async () => {
    const created = await owner().webhook.create({ orgSlug: seeded.org.slug, name: `Hinted ${unique()}`, scheme: "github", secret: GITHUB_CANARY });
    const hint = `••••${GITHUB_CANARY.slice(-4)}`;
    // A value no key opens: reading the endpoint must not need it.
    await db.update(webhookEndpoints).set({ sealedSecret: "v0:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }).where(eq(webhookEndpoints.id, created.endpoint.id));
    expect((await owner().webhook.get({ orgSlug: seeded.org.slug, endpointId: created.endpoint.id })).secret?.hint).toBe(hint);

    // As after the migration that added the column: no hint, and no error either.
    await db.update(webhookEndpoints).set({ secretHint: null }).where(eq(webhookEndpoints.id, created.endpoint.id));
    const legacy = await owner().webhook.get({ orgSlug: seeded.org.slug, endpointId: created.endpoint.id });
    expect(legacy.secret).toEqual({ hint: null, rotatedAt: null, previousValidUntil: null });
    expect((await owner().webhook.list({ orgSlug: seeded.org.slug })).find((endpoint) => endpoint.id === created.endpoint.id)?.secret?.hint).toBeNull();

    const rotated = await owner().webhook.rotateSecret({ orgSlug: seeded.org.slug, endpointId: created.endpoint.id, overlapHours: 0 });
    expect(rotated.endpoint.secret?.hint).toBe(`••••${rotated.secret.slice(-4)}`);
    expectNoSecret(rotated.endpoint, [rotated.secret, GITHUB_CANARY]);
  });

  it("rotateSecret drops an old secret that no longer opens (its key removed) instead of keeping it for the overlap", async () => {
    const created = await owner().webhook.create({ orgSlug: seeded.org.slug, name: `Lost key ${unique()}`, scheme: "github", secret: GITHUB_CANARY });
    await db.update(webhookEndpoints).set({ sealedSecret: "v0:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }).where(eq(webhookEndpoints.id, created.endpoint.id));
    const rotated = await owner().webhook.rotateSecret({ orgSlug: seeded.org.slug, endpointId: created.endpoint.id, overlapHours: 24 });
    expect(rotated.endpoint.secret?.previousValidUntil).toBeNull();
    expect(await secretsOf(created.endpoint.id)).toEqual({ current: rotated.secret, previous: null });
    expect(await deliver(created.endpoint.id, "github", rotated.secret)).toBe(202);
    const audit = await auditOf(created.endpoint.id);
    expect(audit.at(-1)!.metadata).toEqual({
      secret: "generated",
      overlapHours: 0,
      previousValidUntil: null,
      previousDropped: "the old secret could not be opened with the vault's keys",
    });
  });

  it("update changes only what is given, audits before and after, and intake sees it at once (disabled: 410)", async () => {
    const created = await owner().webhook.create({ orgSlug: seeded.org.slug, name: `Orders ${unique()}`, scheme: "github", secret: GITHUB_CANARY });
    const id = created.endpoint.id;
    expect(await deliver(id, "github", GITHUB_CANARY)).toBe(202);
    const updated = await editor().webhook.update({ orgSlug: seeded.org.slug, endpointId: id, name: "  Orders (GitHub) ", enabled: false, rateLimitPerMinute: 30, events: ["push"] });
    expect(updated).toMatchObject({ name: "Orders (GitHub)", enabled: false, rateLimitPerMinute: 30, events: ["push"], scheme: "github" });
    expect(await deliver(id, "github", GITHUB_CANARY)).toBe(410);

    const unchanged = await editor().webhook.update({ orgSlug: seeded.org.slug, endpointId: id, enabled: false });
    expect(unchanged.updatedAt).toEqual(updated.updatedAt);
    await editor().webhook.update({ orgSlug: seeded.org.slug, endpointId: id, enabled: true });
    expect(await deliver(id, "github", GITHUB_CANARY)).toBe(202);

    const audit = await auditOf(id);
    expect(audit.map((entry) => entry.action)).toEqual(["webhook.created", "webhook.updated", "webhook.updated"]);
    expect(audit[1]!.metadata).toEqual({
      changes: {
        name: { from: created.endpoint.name, to: "Orders (GitHub)" },
        enabled: { from: true, to: false },
        rateLimitPerMinute: { from: 600, to: 30 },
        events: { from: [], to: ["push"] },
      },
    });
  });

  it("delete removes the endpoint with its secret; its URL answers 404 at once", async () => {
    const created = await owner().webhook.create({ orgSlug: seeded.org.slug, name: `Gone ${unique()}`, scheme: "github", secret: GITHUB_CANARY });
    expect(await deliver(created.endpoint.id, "github", GITHUB_CANARY)).toBe(202);
    expect(await editor().webhook.delete({ orgSlug: seeded.org.slug, endpointId: created.endpoint.id })).toEqual({ deleted: true });
    expect(await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, created.endpoint.id))).toEqual([]);
    expect(await deliver(created.endpoint.id, "github", GITHUB_CANARY)).toBe(404);
    const [audit] = await db.select().from(auditLogs).where(and(eq(auditLogs.targetId, created.endpoint.id), eq(auditLogs.action, "webhook.deleted")));
    expect(audit).toMatchObject({ targetLabel: created.endpoint.name, metadata: { scheme: "github" } });
    expect(await clientErrorOf(owner().webhook.get({ orgSlug: seeded.org.slug, endpointId: created.endpoint.id }))).toMatchObject({ code: "NOT_FOUND", message: "Webhook endpoint not found." });
  });

  describe("bad input is refused with a message that says what to fix, changes nothing and never repeats a secret", () => {
    const create = (input: Record<string, unknown>) =>
      owner().webhook.create({ orgSlug: seeded.org.slug, name: `Bad ${unique()}`, scheme: "github", ...input } as Parameters<ReturnType<typeof owner>["webhook"]["create"]>[0]);
    const cases: [string, Record<string, unknown>, string, string | null][] = [
      ["an empty name", { name: "  " }, "Give the endpoint a name.", null],
      ["an unknown scheme", { scheme: "hmac_md5" }, "Choose how deliveries are signed: standard_webhooks, github, stripe, slack, hmac_sha256 or none.", null],
      ["settings for a scheme that has its own", { config: { header: "x-sig" } }, "Only generic HMAC-SHA256 endpoints take signature settings; the other schemes define their own headers. Leave them out.", "config"],
      ["a bad signature header", { scheme: "hmac_sha256", config: { header: "x sig!" } }, "The signature header is a header name such as X-Signature: letters, digits and '-', at most 64 characters.", null],
      ["an unknown encoding", { scheme: "hmac_sha256", config: { encoding: "base32" } }, "The signature encoding is hex or base64.", null],
      ["an unknown connector trigger", { connectorTrigger: "github.new_issue" }, '"github.new_issue" is not a connector webhook trigger; choose one of', "connectorTrigger"],
      ["a trigger signed another way", { connectorTrigger: "slack.event" }, `Slack's "Slack event" deliveries are signed with the slack scheme; choose slack for this endpoint.`, "scheme"],
      ["a pasted secret where Junction issues it", { scheme: "standard_webhooks", secret: CANARY_SECRET }, "Junction generates the secret of this kind of endpoint", "secret"],
      ["a secret for an unsigned endpoint", { scheme: "none", secret: CANARY_SECRET }, "Endpoints without a signature have no secret", "secret"],
      ["a Stripe secret that is not one", { scheme: "stripe", secret: CANARY_SECRET }, "A Stripe signing secret starts with whsec_", "secret"],
      ["a secret with spaces", { secret: `${CANARY_SECRET} x` }, "The signing secret has no spaces; paste only the secret.", null],
      ["a bad event name", { events: ["issues opened"] }, "Event names are letters, digits and . _ : / - * (at most 100 characters), e.g. issues.opened.", null],
      ["a rate limit of 0", { rateLimitPerMinute: 0 }, "Accept at least 1 delivery per minute.", null],
    ];
    for (const [label, input, message, field] of cases) {
      it(label, async () => {
        const before = [await snapshotDb(db), await snapshotWebhookEndpoints(db)];
        const error = await clientErrorOf(create(input));
        expect(error.code).toBe("BAD_REQUEST");
        expect(error.message.startsWith(message)).toBe(true);
        if (field) expect(error.field).toBe(field);
        expect(JSON.stringify(error)).not.toContain(CANARY_SECRET);
        expect([await snapshotDb(db), await snapshotWebhookEndpoints(db)]).toEqual(before);
      });
    }

    it("a duplicate name in the org is a CONFLICT on the name field; an overlap over 7 days and rotating an unsigned endpoint are refused", async () => {
      await create({ name: "Taken", secret: GITHUB_CANARY });
      const before = [await snapshotDb(db), await snapshotWebhookEndpoints(db)];
      expect(await clientErrorOf(create({ name: "Taken" }))).toMatchObject({
        code: "CONFLICT",
        field: "name",
        message: 'A webhook endpoint named "Taken" already exists in this organization. Choose another name.',
      });
      const [target] = await snapshotWebhookEndpoints(db);
      expect(await clientErrorOf(owner().webhook.rotateSecret({ orgSlug: seeded.org.slug, endpointId: target!.id, overlapHours: 200 }))).toMatchObject({
        code: "BAD_REQUEST",
        message: "The old secret can be kept for at most 168 hours (7 days).",
      });
      const unsigned = (await snapshotWebhookEndpoints(db)).find((row) => row.scheme === "none")!;
      expect((await clientErrorOf(owner().webhook.rotateSecret({ orgSlug: seeded.org.slug, endpointId: unsigned.id }))).message).toMatch(/^This endpoint is not signed, so it has no secret: its URL is the secret/);
      expect(await clientErrorOf(owner().webhook.get({ orgSlug: seeded.org.slug, endpointId: "wh_short" }))).toMatchObject({ code: "BAD_REQUEST", message: "Unknown webhook endpoint." });
      expect([await snapshotDb(db), await snapshotWebhookEndpoints(db)]).toEqual(before);
    });

    it("renaming to a name taken in the org is a CONFLICT, and nothing changes", async () => {
      const first = await create({ name: `First ${unique()}` });
      const before = [await snapshotDb(db), await snapshotWebhookEndpoints(db)];
      const error = await clientErrorOf(owner().webhook.update({ orgSlug: seeded.org.slug, endpointId: first.endpoint.id, name: "Taken", enabled: false }));
      expect(error).toMatchObject({ code: "CONFLICT", field: "name" });
      expect([await snapshotDb(db), await snapshotWebhookEndpoints(db)]).toEqual(before);
    });
  });
});
