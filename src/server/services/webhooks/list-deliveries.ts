import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import { webhookDeliveries } from "@/server/db/schema/webhooks";
import type { ServiceContext } from "../context";
import { deliveryStatusOf } from "./delivery-status";
import { getWebhookInOrg } from "./get-webhook-in-org";
import { endpointIdSchema } from "./webhook-inputs";

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)_([0-9a-f-]{36})$/;

export const listWebhookDeliveriesInput = z.object({
  endpointId: endpointIdSchema,
  /** Opaque: where the previous page ended (received_at to the microsecond, then id). */
  cursor: z.string().regex(CURSOR, "This page link is out of date; reload the delivery log.").nullish(),
  limit: z.number().int().min(1, "Ask for at least 1 delivery.").max(100, "At most 100 deliveries per page.").default(25),
});

// The cursor keeps the database's microseconds: a millisecond JS Date would skip deliveries received in the same ms.
const receivedAtText = sql<string>`to_char(${webhookDeliveries.receivedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The endpoint's deliveries, newest first (received_at, then id), without their bodies. */
export async function listWebhookDeliveries({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof listWebhookDeliveriesInput> }) {
  const endpoint = await getWebhookInOrg(ctx, input.endpointId);
  const [, time, id] = input.cursor ? (CURSOR.exec(input.cursor) ?? []) : [];
  const after = time && id ? sql`${time}::timestamptz` : undefined;
  const rows = await ctx.db
    .select({
      id: webhookDeliveries.id,
      event: webhookDeliveries.event,
      contentType: webhookDeliveries.contentType,
      sizeBytes: webhookDeliveries.sizeBytes,
      verifiedBy: webhookDeliveries.verifiedBy,
      replayOf: webhookDeliveries.replayOf,
      // Sent with "Send a test delivery" (its marker header; informational: a sender could set it too).
      test: sql<boolean>`coalesce(${webhookDeliveries.headers} ->> 'x-junction-test' = '1', false)`,
      receivedAt: webhookDeliveries.receivedAt,
      enqueuedAt: webhookDeliveries.enqueuedAt,
      runsStarted: webhookDeliveries.runsStarted,
      cursor: receivedAtText,
    })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.orgId, ctx.org.id),
        eq(webhookDeliveries.endpointId, endpoint.id),
        after && id ? or(lt(webhookDeliveries.receivedAt, after), and(eq(webhookDeliveries.receivedAt, after), lt(webhookDeliveries.id, id))) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.receivedAt), desc(webhookDeliveries.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursor: _cursor, ...row }) => ({ ...row, status: deliveryStatusOf(row) })),
    nextCursor: rows.length > input.limit && last ? `${last.cursor}_${last.id}` : null,
  };
}
