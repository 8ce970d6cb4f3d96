import { and, eq } from "drizzle-orm";
import { notFound } from "@/core/errors/domain-errors";
import { webhookEndpoints } from "@/server/db/schema/webhooks";
import type { DbOrTx } from "@/server/db/types";
import type { ServiceContext } from "../context";
import { webhookEndpointView } from "./webhook-view";

/** Fetch-or-throw scoped to the context's org (another org's endpoint is NOT_FOUND); never selects the sealed secrets. */
export async function getWebhookInOrg(ctx: ServiceContext, endpointId: string, tx: DbOrTx = ctx.db) {
  const [row] = await tx
    .select(webhookEndpointView)
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, ctx.org.id), eq(webhookEndpoints.id, endpointId)))
    .limit(1);
  if (!row) throw notFound("Webhook endpoint");
  return row;
}

export type WebhookEndpointRow = Awaited<ReturnType<typeof getWebhookInOrg>>;
