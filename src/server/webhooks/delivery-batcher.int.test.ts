import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { webhookDeliveries } from "@/server/db/schema/webhooks";
import { createOrgWithEveryRole } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createWebhookEndpoint, newEndpointId } from "@/test/webhook-fixtures";
import { type CommittedDelivery, DeliveryBatcher, type NewDelivery } from "./delivery-batcher";

const db = freshTestDatabase();

const delivery = (endpointId: string, orgId: string, dedupeKey: string = randomUUID()): NewDelivery => ({
  endpointId,
  orgId,
  dedupeKey,
  event: null,
  contentType: "application/json",
  headers: { "content-type": "application/json" },
  body: new TextEncoder().encode(`{"key":"${dedupeKey}"}`),
  verifiedBy: "none",
  receivedAt: new Date(),
});

describe("DeliveryBatcher", () => {
  it("writes concurrent deliveries in few statements, answers repeats with the first one's id, and hands on only new rows", async () => {
    const seeded = await createOrgWithEveryRole(db, "Batches");
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { scheme: "none" });
    const committed: CommittedDelivery[] = [];
    const batcher = new DeliveryBatcher(db, { maxBatch: 8, onCommitted: (rows) => void committed.push(...rows) });
    const inputs = [...Array.from({ length: 20 }, () => delivery(endpoint.endpointId, seeded.org.id)), delivery(endpoint.endpointId, seeded.org.id, "repeated"), delivery(endpoint.endpointId, seeded.org.id, "repeated")];
    const stored = await Promise.all(inputs.map((input) => batcher.store(input)));
    await batcher.drain();

    const rows = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.endpointId));
    expect(rows).toHaveLength(21);
    expect(stored.filter((s) => !s.duplicate)).toHaveLength(21);
    expect(stored[21]).toEqual({ id: stored[20]!.id, duplicate: true });
    expect(new Set(committed.map((c) => c.id))).toEqual(new Set(rows.map((r) => r.id)));
    // Stored byte for byte.
    const first = rows.find((r) => r.id === stored[0]!.id)!;
    expect(Buffer.from(first.body).toString("utf8")).toBe(`{"key":"${inputs[0]!.dedupeKey}"}`);

    const again = await batcher.store(delivery(endpoint.endpointId, seeded.org.id, "repeated"));
    expect(again).toEqual({ id: stored[20]!.id, duplicate: true });
  });

  it("a delivery the database refuses (its endpoint just deleted) fails alone, not its batch-mates", async () => {
    const seeded = await createOrgWithEveryRole(db, "Batch faults");
    const endpoint = await createWebhookEndpoint(db, seeded.org.id, { scheme: "none" });
    const batcher = new DeliveryBatcher(db, { maxWaitMs: 20 });
    const [good, gone] = await Promise.allSettled([batcher.store(delivery(endpoint.endpointId, seeded.org.id)), batcher.store(delivery(newEndpointId(), seeded.org.id))]);
    expect(good.status).toBe("fulfilled");
    expect(gone.status).toBe("rejected");
    expect(await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.endpointId))).toHaveLength(1);
  });
});
