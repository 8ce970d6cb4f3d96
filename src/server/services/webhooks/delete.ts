import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { webhookEndpoints } from "@/server/db/schema/webhooks";
import { invalidateEndpoint } from "@/server/webhooks/endpoint-cache";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getWebhookInOrg } from "./get-webhook-in-org";
import type { webhookEndpointIdInput } from "./webhook-inputs";

/** Deletes the endpoint with its sealed secrets, subscriptions and stored deliveries; its URL answers 404 from then on. */
export async function deleteWebhook({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof webhookEndpointIdInput> }) {
  await ctx.db.transaction(async (tx) => {
    const endpoint = await getWebhookInOrg(ctx, input.endpointId, tx);
    await tx.delete(webhookEndpoints).where(and(eq(webhookEndpoints.orgId, ctx.org.id), eq(webhookEndpoints.id, endpoint.id)));
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "webhook.deleted",
      target: { type: "webhook_endpoint", id: endpoint.id, label: endpoint.name },
      metadata: { scheme: endpoint.scheme },
    });
  });
  invalidateEndpoint(input.endpointId);
  return { deleted: true as const };
}
