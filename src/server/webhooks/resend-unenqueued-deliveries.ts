import { and, asc, gt, isNull, lte } from "drizzle-orm";
import { webhookDeliveries } from "@/server/db/schema/webhooks";
import type { Db } from "@/server/db/types";
import { logger } from "@/server/log/logger";
import { markDeliveriesEnqueued, sendDeliveryEvents, type SendDeliveryEvents } from "./send-delivery-events";

/** A delivery stored this long ago without its event sent is stranded: the dispatcher sends within moments when it can. */
export const UNENQUEUED_RESEND_AFTER_MS = 60_000;
/** Past the engine's 24 h event-id dedupe a re-send could start a delivery twice; older ones are left (and logged). */
const UNENQUEUED_RESEND_UNTIL_MS = 23 * 60 * 60_000;
const BATCH = 500;

/**
 * Re-sends the `junction/webhook.received` event of deliveries stored but never marked `enqueued_at` — a process that
 * died between committing a batch and sending its events, or an engine that was unreachable. The event id is the
 * delivery id, so a delivery whose event did arrive (only the mark was lost) starts nothing twice. Every org's.
 */
export async function resendUnenqueuedDeliveries(db: Db, options: { now?: Date; send?: SendDeliveryEvents } = {}): Promise<{ sent: number; failed: number }> {
  const now = (options.now ?? new Date()).getTime();
  const stranded = await db
    .select({ id: webhookDeliveries.id, orgId: webhookDeliveries.orgId, endpointId: webhookDeliveries.endpointId })
    .from(webhookDeliveries)
    .where(
      and(
        isNull(webhookDeliveries.enqueuedAt),
        lte(webhookDeliveries.receivedAt, new Date(now - UNENQUEUED_RESEND_AFTER_MS)),
        gt(webhookDeliveries.receivedAt, new Date(now - UNENQUEUED_RESEND_UNTIL_MS)),
      ),
    )
    .orderBy(asc(webhookDeliveries.receivedAt))
    .limit(BATCH);
  if (stranded.length === 0) return { sent: 0, failed: 0 };
  try {
    await (options.send ?? sendDeliveryEvents)(stranded);
  } catch (error) {
    logger.warn({ err: error, deliveries: stranded.length }, "could not re-send stranded webhook deliveries; the next sweep retries");
    return { sent: 0, failed: stranded.length };
  }
  await markDeliveriesEnqueued(
    db,
    stranded.map((delivery) => delivery.id),
    new Date(now),
  );
  return { sent: stranded.length, failed: 0 };
}
