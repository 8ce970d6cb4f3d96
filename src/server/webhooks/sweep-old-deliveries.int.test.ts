import { asc, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { webhookDeliveries } from "@/server/db/schema/webhooks";
import { createOrgWithEveryRole } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { createDeliveryRow } from "@/test/webhook-delivery-fixtures";
import { createWebhookEndpoint } from "@/test/webhook-fixtures";
import { sweepOldDeliveries } from "./sweep-old-deliveries";

const db = freshTestDatabase();
const DAY_MS = 24 * 60 * 60_000;

describe("sweepOldDeliveries", () => {
  it("deletes every org's deliveries received before the retention window and keeps the rest", async () => {
    const now = new Date("2026-11-22T12:00:00.000Z");
    const a = await createWebhookEndpoint(db, (await createOrgWithEveryRole(db, "Retention A")).org.id);
    const b = await createWebhookEndpoint(db, (await createOrgWithEveryRole(db, "Retention B")).org.id);
    const at = (msAgo: number) => new Date(now.getTime() - msAgo);
    const expired = [
      await createDeliveryRow(db, a, { receivedAt: at(31 * DAY_MS) }),
      await createDeliveryRow(db, b, { receivedAt: at(30 * DAY_MS + 1_000), enqueuedAt: null }),
    ];
    const kept = [
      await createDeliveryRow(db, a, { receivedAt: at(30 * DAY_MS - 1_000) }),
      await createDeliveryRow(db, b, { receivedAt: at(DAY_MS) }),
      await createDeliveryRow(db, a, { receivedAt: now }),
    ];
    const ids = [...expired, ...kept].map((delivery) => delivery.deliveryId);
    const remaining = async () =>
      (await db.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(inArray(webhookDeliveries.id, ids)).orderBy(asc(webhookDeliveries.receivedAt))).map(
        (row) => row.id,
      );

    expect(await sweepOldDeliveries(db, { now, retentionDays: 30 })).toEqual({ deleted: 2 });
    expect(await remaining()).toEqual(kept.map((delivery) => delivery.deliveryId));
    expect(await sweepOldDeliveries(db, { now, retentionDays: 30 })).toEqual({ deleted: 0 });

    // A shorter retention takes what has become old under it.
    expect(await sweepOldDeliveries(db, { now, retentionDays: 1 })).toEqual({ deleted: 1 });
    expect(await remaining()).toEqual([kept[1]!.deliveryId, kept[2]!.deliveryId]);
  });
});
