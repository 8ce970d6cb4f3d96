import { and, count, eq } from "drizzle-orm";
import type { z } from "zod";
import { invalid } from "@/core/errors/domain-errors";
import { webhookDeliveries } from "@/server/db/schema/webhooks";
import { logger } from "@/server/log/logger";
import { markDeliveriesEnqueued, sendDeliveryEvents } from "@/server/webhooks/send-delivery-events";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { deliveryStatusOf } from "./delivery-status";
import { getDeliveryInOrg, type webhookDeliveryInput } from "./get-delivery";
import { getWebhookInOrg } from "./get-webhook-in-org";

const MAX_KEY_ATTEMPTS = 5;

/**
 * Sends a stored delivery again: a copy (same headers and body bytes, `replay_of` the first delivery, dedupe key
 * `replay:<original>:<n>`) is stored and audited in one transaction, then its event is sent the way intake sends
 * one — `sendDeliveryEvents`, then `markDeliveriesEnqueued`. If the send fails the copy stays stored and unmarked,
 * and intake's sweeper sends it within a couple of minutes.
 */
export async function replayWebhookDelivery({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof webhookDeliveryInput> }) {
  const replay = await ctx.db.transaction(async (tx) => {
    const endpoint = await getWebhookInOrg(ctx, input.endpointId, tx);
    if (!endpoint.enabled) throw invalid(`“${endpoint.name}” is disabled and starts nothing; enable it to replay deliveries.`, "endpointId");
    const source = await getDeliveryInOrg(ctx, input, tx);
    const original = source.replayOf ?? source.id;
    const [{ n: replays } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.endpointId, endpoint.id), eq(webhookDeliveries.replayOf, original)));
    for (let attempt = 1; attempt <= MAX_KEY_ATTEMPTS; attempt++) {
      const [row] = await tx
        .insert(webhookDeliveries)
        .values({
          endpointId: endpoint.id,
          orgId: ctx.org.id,
          dedupeKey: `replay:${original}:${replays + attempt}`,
          event: source.event,
          contentType: source.contentType,
          headers: source.headers,
          body: source.body,
          sizeBytes: source.sizeBytes,
          verifiedBy: source.verifiedBy,
          replayOf: original,
        })
        // Another replay of the same delivery took this number at the same moment: take the next one.
        .onConflictDoNothing({ target: [webhookDeliveries.endpointId, webhookDeliveries.dedupeKey] })
        .returning();
      if (!row) continue;
      await recordAudit(tx, {
        orgId: ctx.org.id,
        actor: ctx.actor,
        action: "webhook.delivery_replayed",
        target: { type: "webhook_endpoint", id: endpoint.id, label: endpoint.name },
        metadata: { deliveryId: source.id, replayId: row.id, event: source.event },
      });
      return row;
    }
    throw invalid("Other replays of this delivery are being stored right now; try again in a moment.");
  });

  try {
    await sendDeliveryEvents([{ id: replay.id, orgId: replay.orgId, endpointId: replay.endpointId }]);
    const enqueuedAt = new Date();
    await markDeliveriesEnqueued(ctx.db, [replay.id], enqueuedAt);
    replay.enqueuedAt = enqueuedAt;
  } catch (error) {
    logger.warn({ err: error, deliveryId: replay.id }, "could not send a replayed webhook delivery's event; the sweeper re-sends it");
  }
  return {
    id: replay.id,
    replayOf: replay.replayOf,
    event: replay.event,
    sizeBytes: replay.sizeBytes,
    verifiedBy: replay.verifiedBy,
    receivedAt: replay.receivedAt,
    enqueuedAt: replay.enqueuedAt,
    runsStarted: replay.runsStarted,
    status: deliveryStatusOf(replay),
  };
}
