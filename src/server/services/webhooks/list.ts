import { asc, eq } from "drizzle-orm";
import { webhookEndpoints } from "@/server/db/schema/webhooks";
import type { ServiceContext } from "../context";
import { describeWebhooks } from "./describe-webhooks";
import { webhookEndpointView } from "./webhook-view";

/** The org's endpoints by name, each with its URLs, masked secret hint, workflows and last day's deliveries. */
export async function listWebhooks({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db.select(webhookEndpointView).from(webhookEndpoints).where(eq(webhookEndpoints.orgId, ctx.org.id)).orderBy(asc(webhookEndpoints.name)).limit(500);
  return describeWebhooks(ctx, rows);
}
