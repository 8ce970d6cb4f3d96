import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { webhookDeliveries } from "@/server/db/schema/webhooks";
import { currentEngineGateway } from "@/test/engine-gateway";
import { createOrgWithEveryRole } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createWebhookEndpoint, githubHeaders, intakeRequest } from "@/test/webhook-fixtures";
import { createWebhookIntake } from "./intake";
import { resendUnenqueuedDeliveries, UNENQUEUED_RESEND_AFTER_MS } from "./resend-unenqueued-deliveries";

const db = freshTestDatabase();

describe("resendUnenqueuedDeliveries", () => {
  it("a delivery stored but never sent on (a crash in between) is sent by the sweeper once, after its grace period", async () => {
    const seeded = await createOrgWithEveryRole(db, "Sweep hooks");
    const endpoint = await createWebhookEndpoint(db, seeded.org.id);
    const receivedAt = new Date();
    // The process "dies" between the commit and the send: the event never leaves.
    const crashing = createWebhookIntake({
      db,
      now: () => receivedAt,
      dispatching: {
        send: () => Promise.reject(new Error("process killed")),
      },
    });
    const body = JSON.stringify({ action: "opened", issue: { number: 1 } });
    const response = await crashing.handle(intakeRequest(endpoint.endpointId, githubHeaders(endpoint.secret!, body), body));
    expect(response.status).toBe(202);
    const { deliveryId } = JSON.parse(response.body) as { deliveryId: string };
    await crashing.drain();
    const [stranded] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
    expect(stranded!.enqueuedAt).toBeNull();

    const events = currentEngineGateway().events;
    const sentFor = () => events.filter((event) => event.name === "junction/webhook.received" && event.id === deliveryId);
    // Still inside the grace period: a dispatcher could be sending it right now.
    expect(await resendUnenqueuedDeliveries(db, { now: new Date(receivedAt.getTime() + UNENQUEUED_RESEND_AFTER_MS - 1_000) })).toEqual({ sent: 0, failed: 0 });
    expect(sentFor()).toEqual([]);

    const later = new Date(receivedAt.getTime() + 2 * UNENQUEUED_RESEND_AFTER_MS);
    expect(await resendUnenqueuedDeliveries(db, { now: later })).toEqual({ sent: 1, failed: 0 });
    expect(sentFor()).toEqual([{ id: deliveryId, name: "junction/webhook.received", data: { deliveryId, orgId: seeded.org.id, endpointId: endpoint.endpointId }, ts: expect.any(Number) }]);
    const [marked] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
    expect(marked!.enqueuedAt).toEqual(later);

    // Marked: the next sweeps leave it alone.
    expect(await resendUnenqueuedDeliveries(db, { now: new Date(later.getTime() + 60_000) })).toEqual({ sent: 0, failed: 0 });
    expect(sentFor()).toHaveLength(1);
  });

  it("a failed re-send is reported and retried by the next sweep", async () => {
    const seeded = await createOrgWithEveryRole(db, "Sweep again");
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { scheme: "none" });
    const receivedAt = new Date(Date.now() - 10 * 60_000);
    const crashing = createWebhookIntake({ db, now: () => receivedAt, dispatching: { send: () => Promise.reject(new Error("engine down")) } });
    await crashing.handle(intakeRequest(endpoint.endpointId, { "content-type": "text/plain" }, `ping ${endpoint.endpointId}`));
    await crashing.drain();

    const failing = await resendUnenqueuedDeliveries(db, { send: () => Promise.reject(new Error("engine still down")) });
    expect(failing.failed).toBeGreaterThanOrEqual(1);
    const sent: string[] = [];
    const retried = await resendUnenqueuedDeliveries(db, { send: async (deliveries) => void sent.push(...deliveries.map((d) => d.endpointId)) });
    expect(retried.failed).toBe(0);
    expect(sent).toContain(endpoint.endpointId);
  });
});
