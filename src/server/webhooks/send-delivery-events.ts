import { and, inArray, isNull } from "drizzle-orm";
import { webhookDeliveries } from "@/server/db/schema/webhooks";
import type { Db } from "@/server/db/types";
import { inngest } from "@/server/inngest/client";
import { webhookDeliveryReceived } from "@/server/inngest/events";
import type { CommittedDelivery } from "./delivery-batcher";

export type SendDeliveryEvents = (deliveries: readonly CommittedDelivery[]) => Promise<void>;

/** One `junction/webhook.received` event per delivery, in one request; each event's id is its delivery's id. */
export const sendDeliveryEvents: SendDeliveryEvents = async (deliveries) => {
  if (deliveries.length === 0) return;
  await inngest.send(deliveries.map(({ id, orgId, endpointId }) => webhookDeliveryReceived.create({ deliveryId: id, orgId, endpointId }, { id })));
};

/** Records that the deliveries' events were sent, so the sweeper leaves them alone. */
export async function markDeliveriesEnqueued(db: Db, ids: readonly string[], now = new Date()): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(webhookDeliveries)
    .set({ enqueuedAt: now })
    .where(and(inArray(webhookDeliveries.id, [...ids]), isNull(webhookDeliveries.enqueuedAt)));
}
