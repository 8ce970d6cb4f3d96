import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clientErrorOf } from "@/server/api/__tests__/client-error";
import { auditLogs, webhookDeliveries } from "@/server/db/schema";
import { dispatchWebhookDelivery } from "@/server/webhooks/dispatch-webhook-delivery";
import { currentEngineGateway } from "@/test/engine-gateway";
import { snapshotDb } from "@/test/db-snapshot";
import { callerFor, createOrgWithEveryRole, type SeededOrg } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createDeliveryRow } from "@/test/webhook-delivery-fixtures";
import { createWebhookEndpoint, publishWebhookWorkflow } from "@/test/webhook-fixtures";

const db = freshTestDatabase();
const HOUR = 3_600_000;

describe("webhook deliveries: log, one delivery, replay", () => {
  let seeded: SeededOrg;
  const viewer = () => callerFor(db, seeded.members.viewer);
  const editor = () => callerFor(db, seeded.members.editor);

  beforeAll(async () => {
    seeded = await createOrgWithEveryRole(db, "Deliveries");
  });

  it("pages newest first by (received_at, id), every delivery exactly once, even several in the same microsecond", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    const base = Date.now() - 10 * 60_000;
    const same = new Date(base + 5 * 60_000);
    const ids: string[] = [];
    for (const [index, receivedAt] of [0, 1, 2, 3].map((m) => new Date(base + m * 60_000)).concat([same, same, same]).entries()) {
      ids.push((await createDeliveryRow(db, endpoint, { receivedAt, event: `event.${index}` })).deliveryId);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof viewer>["webhook"]["deliveries"]>> = await viewer().webhook.deliveries({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId, cursor, limit: 2 });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    const tied = ids.slice(4).sort().reverse();
    expect(seen).toEqual([...tied, ids[3], ids[2], ids[1], ids[0]]);

    const bad = await clientErrorOf(viewer().webhook.deliveries({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId, cursor: "yesterday" }));
    expect(bad).toMatchObject({ code: "BAD_REQUEST", message: "This page link is out of date; reload the delivery log." });
  });

  it("says where each delivery is: waiting (stored, not sent), enqueued, or dispatched with the runs it started", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    await createDeliveryRow(db, endpoint, { enqueuedAt: null, receivedAt: new Date(Date.now() - 3000) });
    await createDeliveryRow(db, endpoint, { receivedAt: new Date(Date.now() - 2000) });
    await createDeliveryRow(db, endpoint, { runsStarted: 2, receivedAt: new Date(Date.now() - 1000) });
    const { items } = await viewer().webhook.deliveries({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId });
    expect(items.map((item) => [item.status, item.runsStarted])).toEqual([
      ["dispatched", 2],
      ["enqueued", null],
      ["waiting", null],
    ]);
    expect(items[0]).toMatchObject({ event: "issues.opened", verifiedBy: "github", replayOf: null, sizeBytes: expect.any(Number) as number });
    expect(Object.keys(items[0]!)).not.toContain("body");
  });

  it("one delivery: redacted headers, the body as UTF-8 text (or base64 when binary), cut at 256 KiB, and the runs it started", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    const { workflowId } = await publishWebhookWorkflow(db, seeded, endpoint.endpointId);
    const text = JSON.stringify({ action: "opened", title: "Grüße ✓" });
    const { deliveryId } = await createDeliveryRow(db, endpoint, { body: text });
    const dispatched = await dispatchWebhookDelivery(db, { deliveryId, orgId: seeded.org.id }, { enqueue: async () => {} });
    expect(dispatched.started).toHaveLength(1);

    const delivery = await viewer().webhook.delivery({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId, deliveryId });
    expect(delivery).toMatchObject({
      id: deliveryId,
      status: "dispatched",
      runsStarted: 1,
      headers: { "content-type": "application/json", "x-hub-signature-256": "[redacted]" },
      body: { text, encoding: "utf8", truncated: false },
      runs: [{ id: dispatched.started[0]!.runId, workflowId, status: "queued" }],
    });

    const binary = Uint8Array.from([0xff, 0xfe, 0x00, 0x01]);
    const { deliveryId: binaryId } = await createDeliveryRow(db, endpoint, { body: binary, contentType: "text/plain" });
    expect((await viewer().webhook.delivery({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId, deliveryId: binaryId })).body).toEqual({ text: "//4AAQ==", encoding: "base64", truncated: false });

    // A two-byte character straddling the 256 KiB cut is left out whole, not shown as base64.
    const large = `"${"a".repeat(256 * 1024 - 2)}é tail"`;
    const { deliveryId: largeId } = await createDeliveryRow(db, endpoint, { body: large });
    const cut = (await viewer().webhook.delivery({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId, deliveryId: largeId })).body;
    expect(cut).toMatchObject({ encoding: "utf8", truncated: true });
    expect(cut.text).toBe(`"${"a".repeat(256 * 1024 - 2)}`);
  });

  it("replay stores a copy (replay_of the original, key replay:<id>:<n>), audits it and sends its event as intake does", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    const { deliveryId } = await createDeliveryRow(db, endpoint, { body: '{"n":1}', runsStarted: 1 });
    const gateway = currentEngineGateway();

    const first = await editor().webhook.replayDelivery({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId, deliveryId });
    expect(first).toMatchObject({ replayOf: deliveryId, status: "enqueued", runsStarted: null, event: "issues.opened" });
    const sent = gateway.events.filter((event) => event.id === first.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ name: "junction/webhook.received", data: { deliveryId: first.id, orgId: seeded.org.id, endpointId: endpoint.endpointId } });
    // A replay of the replay is one more replay of the original.
    const second = await editor().webhook.replayDelivery({ orgSlug: seeded.org.slug, endpointId: endpoint.endpointId, deliveryId: first.id });
    const rows = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.replayOf, deliveryId));
    const [original] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
    expect(rows.map((row) => [row.id, row.dedupeKey]).sort()).toEqual(
      [
        [first.id, `replay:${deliveryId}:1`],
        [second.id, `replay:${deliveryId}:2`],
      ].sort(),
    );
    for (const row of rows) {
      expect(Buffer.from(row.body).equals(Buffer.from(original!.body))).toBe(true);
      expect(row).toMatchObject({ headers: original!.headers, contentType: original!.contentType, enqueuedAt: expect.any(Date) as Date });
    }
    const audit = await db.select({ metadata: auditLogs.metadata }).from(auditLogs).where(eq(auditLogs.action, "webhook.delivery_replayed"));
    expect(audit.map((entry) => entry.metadata)).toEqual(
      expect.arrayContaining([
        { deliveryId, replayId: first.id, event: "issues.opened" },
        { deliveryId: first.id, replayId: second.id, event: "issues.opened" },
      ]),
    );
  });

  it("replay on a disabled endpoint, or of another endpoint's delivery, is refused and stores nothing", async () => {
    const disabled = await createWebhookEndpoint(db, seeded.org.id, { enabled: false });
    const other = await createWebhookEndpoint(db, seeded.org.id);
    const { deliveryId } = await createDeliveryRow(db, disabled);
    const before = await snapshotDb(db);
    expect(await clientErrorOf(editor().webhook.replayDelivery({ orgSlug: seeded.org.slug, endpointId: disabled.endpointId, deliveryId }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/is disabled and starts nothing; enable it to replay deliveries\.$/) as string,
    });
    expect(await clientErrorOf(editor().webhook.replayDelivery({ orgSlug: seeded.org.slug, endpointId: other.endpointId, deliveryId }))).toMatchObject({ code: "NOT_FOUND", message: "Delivery not found." });
    expect(await clientErrorOf(viewer().webhook.delivery({ orgSlug: seeded.org.slug, endpointId: other.endpointId, deliveryId }))).toMatchObject({ code: "NOT_FOUND", message: "Delivery not found." });
    expect(await snapshotDb(db)).toEqual(before);
  });

  it("list: the subscribed workflows and the last day's deliveries per hour (older ones not counted)", async () => {
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    const { workflowId } = await publishWebhookWorkflow(db, seeded, endpoint.endpointId);
    const now = Date.now();
    for (const ago of [0, 0, HOUR, 5 * HOUR, 30 * HOUR]) await createDeliveryRow(db, endpoint, { receivedAt: new Date(now - ago) });
    const listed = (await viewer().webhook.list({ orgSlug: seeded.org.slug })).find((item) => item.id === endpoint.endpointId)!;
    expect(listed.workflows).toEqual([{ id: workflowId, name: expect.stringMatching(/^On webhook/) as string }]);
    expect(listed.deliveries24h.total).toBe(4);
    expect(listed.deliveries24h.hourly).toHaveLength(24);
    expect(listed.deliveries24h.hourly.at(-1)).toBe(2);
    expect(listed.deliveries24h.hourly.reduce((sum, n) => sum + n, 0)).toBe(4);
  });
});
