import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { WebhookScheme } from "@/server/db/schema/webhooks";
import { clientErrorOf } from "@/server/api/__tests__/client-error";
import { auditLogs, webhookDeliveries, webhookEndpoints } from "@/server/db/schema";
import { dispatchWebhookDelivery } from "@/server/webhooks/dispatch-webhook-delivery";
import { currentEngineGateway } from "@/test/engine-gateway";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createDeliveryRow } from "@/test/webhook-delivery-fixtures";
import { createWebhookEndpoint, publishWebhookWorkflow } from "@/test/webhook-fixtures";

const db = freshTestDatabase();
let seeded: SeededOrg;
const editor = () => callerFor(db, seeded.members.editor);

beforeAll(async () => {
  seeded = await createOrgWithEveryRole(db, "Test deliveries");
});

const deliveryRow = async (id: string) => (await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)))[0]!;
const deliveriesOf = async (endpointId: string) => db.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));

describe("webhook.sendTest", () => {
  it("signs a sample with the endpoint's secret, sends it through intake, and the subscribed workflow starts from it", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { scheme: "github", events: ["issues.opened"] });
    await publishWebhookWorkflow(db, seeded, endpoint.endpointId);

    const result = await editor().webhook.sendTest({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId });
    expect(result).toEqual({ accepted: true, status: 202, deliveryId: expect.stringMatching(/^[0-9a-f-]{36}$/) as string, event: "issues.opened" });
    if (!result.accepted) return;
    const row = await deliveryRow(result.deliveryId);
    expect(row).toMatchObject({ event: "issues.opened", verifiedBy: "github", contentType: "application/json" });
    expect(row.headers).toMatchObject({ "x-junction-test": "1", "x-github-event": "issues", "x-hub-signature-256": "[redacted]" });
    expect(JSON.stringify(row.headers)).not.toContain(endpoint.secret!);
    expect(JSON.parse(Buffer.from(row.body).toString("utf8"))).toMatchObject({ action: "opened", issue: { title: "Sample issue from Junction" } });
    // Handed on like any delivery: its event went to the engine with the delivery id as the event id.
    expect(currentEngineGateway().events.filter((event) => event.id === result.deliveryId)).toHaveLength(1);
    expect(row.enqueuedAt).not.toBeNull();
    const dispatched = await dispatchWebhookDelivery(db, { deliveryId: result.deliveryId, orgId: seeded.org.id }, { enqueue: async () => {} });
    expect(dispatched.started).toHaveLength(1);

    // The log marks it as a test; a sender's delivery is not.
    const { deliveryId: realId } = await createDeliveryRow(db, endpoint);
    const listed = await editor().webhook.deliveries({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId });
    expect(listed.items.map(({ id, test }) => ({ id, test })).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [
        { id: result.deliveryId, test: true },
        { id: realId, test: false },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );

    const audit = await db.select().from(auditLogs).where(and(eq(auditLogs.targetId, endpoint.endpointId), eq(auditLogs.action, "webhook.test_sent")));
    expect(audit.map((entry) => entry.metadata)).toEqual([{ deliveryId: result.deliveryId, status: 202 }]);
  });

  const schemes: { scheme: WebhookScheme; schemeConfig?: Record<string, unknown>; secret?: string }[] = [
    { scheme: "github" },
    { scheme: "stripe" },
    { scheme: "slack" },
    { scheme: "standard_webhooks", secret: `whsec_${Buffer.from("junction-test-delivery-secret-32b").toString("base64")}` },
    { scheme: "hmac_sha256", schemeConfig: { header: "x-acme-signature", encoding: "base64", prefix: "sha256=", timestampHeader: "x-acme-timestamp", idHeader: "x-acme-id" } },
    { scheme: "none" },
  ];
  for (const { scheme, schemeConfig, secret } of schemes) {
    it(`${scheme}: each test verifies as the scheme's sender's would and is a new delivery, not a duplicate`, async () => {
      const endpoint = await createWebhookEndpoint(db, seeded.org.id, { scheme, schemeConfig, secret });
      const first = await editor().webhook.sendTest({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId });
      const second = await editor().webhook.sendTest({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId });
      expect(first).toMatchObject({ accepted: true, status: 202 });
      expect(second).toMatchObject({ accepted: true, status: 202 });
      expect(first.accepted && second.accepted && first.deliveryId !== second.deliveryId).toBe(true);
      expect(await deliveriesOf(endpoint.endpointId)).toHaveLength(2);
      if (first.accepted) expect((await deliveryRow(first.deliveryId)).verifiedBy).toBe(scheme);
      // Schemes that name events name the sample's the way their senders do (Standard Webhooks: the body's type).
      const expectedEvent = { github: "issues.opened", stripe: "payment_intent.succeeded", slack: "app_mention", standard_webhooks: "sample.created" }[scheme as string] ?? null;
      if (first.accepted) expect((await deliveryRow(first.deliveryId)).event).toBe(expectedEvent);
    });
  }

  it("a disabled endpoint, or one whose secret no longer opens, is refused with what to do, and nothing is stored", async () => {
    const disabled = await createWebhookEndpoint(db, seeded.org.id, { enabled: false });
    const refused = await clientErrorOf(editor().webhook.sendTest({ orgSlug: seeded.org.slug, endpointId: disabled.endpointId }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST" });
    expect(refused.message).toMatch(/is disabled and accepts no deliveries; enable it to send a test\.$/);

    const lost = await createWebhookEndpoint(db, seeded.org.id);
    await db.update(webhookEndpoints).set({ sealedSecret: "v0:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }).where(eq(webhookEndpoints.id, lost.endpointId));
    expect((await clientErrorOf(editor().webhook.sendTest({ orgSlug: seeded.org.slug, endpointId: lost.endpointId }))).message).toBe(
      "This endpoint's secret cannot be opened with the vault's keys; rotate the secret, then send the test again.",
    );
    expect([...(await deliveriesOf(disabled.endpointId)), ...(await deliveriesOf(lost.endpointId))]).toEqual([]);
  });

  it("counts against the endpoint's rate limit like any delivery: over it, intake's 429 reason comes back", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { rateLimitPerMinute: 1 });
    expect(await editor().webhook.sendTest({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId })).toMatchObject({ accepted: true });
    const limited = await editor().webhook.sendTest({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId });
    expect(limited).toEqual({ accepted: false, status: 429, error: expect.stringMatching(/^More than 1 deliveries a minute; slow down and retry after \d+ s\.$/) as string });
    expect(await deliveriesOf(endpoint.endpointId)).toHaveLength(1);
  });
});
