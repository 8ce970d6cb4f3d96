import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { notFound } from "@/core/errors/domain-errors";
import { webhookDeliveries } from "@/server/db/schema/webhooks";
import type { DbOrTx } from "@/server/db/types";
import type { ServiceContext } from "../context";
import { deliveryBodyView } from "./delivery-body";
import { deliveryRuns } from "./delivery-runs";
import { deliveryStatusOf } from "./delivery-status";
import { endpointIdSchema } from "./webhook-inputs";

export const webhookDeliveryInput = z.object({ endpointId: endpointIdSchema, deliveryId: z.uuid("Unknown delivery.") });

/** Fetch-or-throw of one delivery of one endpoint of the context's org (anything else is NOT_FOUND). */
export async function getDeliveryInOrg(ctx: ServiceContext, input: z.infer<typeof webhookDeliveryInput>, tx: DbOrTx = ctx.db) {
  const [row] = await tx
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.orgId, ctx.org.id), eq(webhookDeliveries.endpointId, input.endpointId), eq(webhookDeliveries.id, input.deliveryId)))
    .limit(1);
  if (!row) throw notFound("Delivery");
  return row;
}

/** One delivery with its headers (redacted at intake), its body as text or base64 (cut at 256 KiB) and the runs it started. */
export async function getWebhookDelivery({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof webhookDeliveryInput> }) {
  const row = await getDeliveryInOrg(ctx, input);
  const headers = typeof row.headers === "object" && row.headers !== null && !Array.isArray(row.headers) ? (row.headers as Record<string, unknown>) : {};
  return {
    id: row.id,
    endpointId: row.endpointId,
    event: row.event,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    verifiedBy: row.verifiedBy,
    replayOf: row.replayOf,
    receivedAt: row.receivedAt,
    enqueuedAt: row.enqueuedAt,
    runsStarted: row.runsStarted,
    status: deliveryStatusOf(row),
    runs: await deliveryRuns(ctx, row.id),
    headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, typeof value === "string" ? value : JSON.stringify(value)])),
    body: deliveryBodyView(row.body),
  };
}
