import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runs } from "@/server/db/schema/runs";
import { currentEngineGateway } from "@/test/engine-gateway";
import { callerFor, createOrgWithEveryRole } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createDeliveryRow } from "@/test/webhook-delivery-fixtures";
import { createWebhookEndpoint } from "@/test/webhook-fixtures";
import { createRunRow } from "@/test/workflow-fixtures";

const db = freshTestDatabase();

describe("replay", () => {
  it("copies the original's version, trigger and event depth, linked to it, and sends its start event", async () => {
    const seeded = await createOrgWithEveryRole(db, "Replays");
    const { runId } = await createRunRow(db, seeded.org.id, "failed");
    await db.update(runs).set({ eventDepth: 7, triggerKind: "event" }).where(eq(runs.id, runId));
    const editor = callerFor(db, seeded.members.editor);

    const whole = await editor.run.replay({ orgSlug: seeded.org.slug, runId });
    const fromNode = await editor.run.rerunFromNode({ orgSlug: seeded.org.slug, runId, nodeId: "greet" });

    const [original] = await db.select().from(runs).where(eq(runs.id, runId));
    for (const { runId: copyId } of [whole, fromNode]) {
      const [copy] = await db.select().from(runs).where(eq(runs.id, copyId));
      expect(copy).toMatchObject({
        orgId: seeded.org.id,
        workflowId: original!.workflowId,
        versionId: original!.versionId,
        triggerKind: "event",
        triggerPayload: original!.triggerPayload,
        eventDepth: 7,
        replayOfRunId: runId,
        status: "queued",
      });
    }
    const [rerun] = await db.select().from(runs).where(eq(runs.id, fromNode.runId));
    expect(rerun!.rerunFromNodeId).toBe("greet");
    const sent = currentEngineGateway().events.map((event) => event.id);
    expect(sent).toEqual(expect.arrayContaining([whole.runId, fromNode.runId]));
  });

  it("run.get names a webhook run's delivery and endpoint, and so does its replay; never another org's delivery", async () => {
    const seeded = await createOrgWithEveryRole(db, "Replayed hooks");
    const other = await createOrgWithEveryRole(db, "Other hooks");
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    const { deliveryId } = await createDeliveryRow(db, endpoint);
    const asWebhookRun = async (id: string) => {
      const { runId } = await createRunRow(db, seeded.org.id, "succeeded");
      await db
        .update(runs)
        .set({ triggerKind: "webhook", triggerPayload: { body: {}, headers: {}, event: "issues.opened", deliveryId: id, receivedAt: new Date().toISOString() } })
        .where(eq(runs.id, runId));
      return runId;
    };
    const viewer = callerFor(db, seeded.members.viewer);
    const orgSlug = seeded.org.slug;

    const runId = await asWebhookRun(deliveryId);
    const expected = { id: deliveryId, endpointId: endpoint.endpointId, endpointName: `Endpoint ${endpoint.endpointId.slice(3, 11)}` };
    expect((await viewer.run.get({ orgSlug, runId })).webhookDelivery).toEqual(expected);
    const replayed = await callerFor(db, seeded.members.editor).run.replay({ orgSlug, runId });
    expect((await viewer.run.get({ orgSlug, runId: replayed.runId })).webhookDelivery).toEqual(expected);

    // A payload naming another org's delivery (or no delivery at all) links nowhere; a manual run has no delivery.
    const foreign = await createDeliveryRow(db, await createWebhookEndpoint(db, other.org.id));
    expect((await viewer.run.get({ orgSlug, runId: await asWebhookRun(foreign.deliveryId) })).webhookDelivery).toBeNull();
    expect((await viewer.run.get({ orgSlug, runId: await asWebhookRun("not-a-delivery-id") })).webhookDelivery).toBeNull();
    const manual = await createRunRow(db, seeded.org.id, "succeeded");
    await db.update(runs).set({ triggerPayload: { deliveryId } }).where(eq(runs.id, manual.runId));
    expect((await viewer.run.get({ orgSlug, runId: manual.runId })).webhookDelivery).toBeNull();
  });
});
