import { and, asc, count, eq, gte, inArray, sql } from "drizzle-orm";
import { webhookDeliveries, webhookSubscriptions } from "@/server/db/schema/webhooks";
import { workflows } from "@/server/db/schema/workflows";
import type { ServiceContext } from "../context";

const HOUR_MS = 3_600_000;
export const ACTIVITY_HOURS = 24;

export interface WebhookActivity {
  /** The published workflows a delivery starts. */
  workflows: { id: string; name: string }[];
  /** Deliveries accepted in the last 24 hours, and per hour (oldest first, the current hour last). */
  deliveries24h: { total: number; hourly: number[] };
}

/**
 * What each endpoint is used for and how busy it is: its subscribed workflows (kept in step with publish) and the
 * deliveries it accepted per hour over the last day, counted in the database (never loaded row by row).
 */
export async function webhookActivity(ctx: ServiceContext, endpointIds: string[], now = new Date()): Promise<Map<string, WebhookActivity>> {
  const result = new Map<string, WebhookActivity>(
    endpointIds.map((id) => [id, { workflows: [], deliveries24h: { total: 0, hourly: Array.from({ length: ACTIVITY_HOURS }, () => 0) } }]),
  );
  if (endpointIds.length === 0) return result;

  const currentHour = Math.floor(now.getTime() / HOUR_MS);
  const since = new Date((currentHour - ACTIVITY_HOURS + 1) * HOUR_MS);
  const hour = sql<number>`floor(extract(epoch from ${webhookDeliveries.receivedAt}) / 3600)::int`;
  const [subscribed, hourly] = await Promise.all([
    ctx.db
      .select({ endpointId: webhookSubscriptions.endpointId, id: workflows.id, name: workflows.name })
      .from(webhookSubscriptions)
      .innerJoin(workflows, and(eq(workflows.id, webhookSubscriptions.workflowId), eq(workflows.orgId, ctx.org.id)))
      .where(and(eq(webhookSubscriptions.orgId, ctx.org.id), inArray(webhookSubscriptions.endpointId, endpointIds)))
      .orderBy(asc(workflows.name)),
    ctx.db
      .select({ endpointId: webhookDeliveries.endpointId, hour, n: count() })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.orgId, ctx.org.id), inArray(webhookDeliveries.endpointId, endpointIds), gte(webhookDeliveries.receivedAt, since)))
      .groupBy(webhookDeliveries.endpointId, hour),
  ]);

  for (const row of subscribed) result.get(row.endpointId)?.workflows.push({ id: row.id, name: row.name });
  for (const row of hourly) {
    const activity = result.get(row.endpointId);
    const index = ACTIVITY_HOURS - 1 - (currentHour - Number(row.hour));
    if (!activity || index < 0 || index >= ACTIVITY_HOURS) continue;
    activity.deliveries24h.hourly[index]! += row.n;
    activity.deliveries24h.total += row.n;
  }
  return result;
}
