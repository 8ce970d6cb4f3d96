import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { webhookEndpoints } from "@/server/db/schema/webhooks";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { invalidateEndpoint } from "@/server/webhooks/endpoint-cache";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getWebhook } from "./get";
import { getWebhookInOrg } from "./get-webhook-in-org";
import { schemeConfigFor } from "./scheme-config";
import { endpointIdSchema, hmacConfigSchema, rateLimitPerMinuteSchema, webhookEventsSchema, webhookNameSchema, webhookNameTaken } from "./webhook-inputs";

export const updateWebhookInput = z.object({
  endpointId: endpointIdSchema,
  name: webhookNameSchema.optional(),
  events: webhookEventsSchema.optional(),
  enabled: z.boolean("Enabled is true or false.").optional(),
  rateLimitPerMinute: rateLimitPerMinuteSchema.optional(),
  /** Generic HMAC-SHA256 endpoints only. */
  config: hmacConfigSchema.optional(),
});

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Changes what is given of name, events, enabled, rate limit and (generic HMAC) signature settings; audited with
 * each change's before and after. Intake in this process sees the change at once, other processes within seconds.
 */
export async function updateWebhook({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof updateWebhookInput> }) {
  const changed = await ctx.db.transaction(async (tx) => {
    const endpoint = await getWebhookInOrg(ctx, input.endpointId, tx);
    const config = input.config === undefined ? undefined : schemeConfigFor(endpoint.scheme, input.config);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (input.name !== undefined && input.name !== endpoint.name) changes.name = { from: endpoint.name, to: input.name };
    if (input.events !== undefined && !sameList(input.events, endpoint.events)) changes.events = { from: endpoint.events, to: input.events };
    if (input.enabled !== undefined && input.enabled !== endpoint.enabled) changes.enabled = { from: endpoint.enabled, to: input.enabled };
    if (input.rateLimitPerMinute !== undefined && input.rateLimitPerMinute !== endpoint.rateLimitPerMinute) {
      changes.rateLimitPerMinute = { from: endpoint.rateLimitPerMinute, to: input.rateLimitPerMinute };
    }
    if (config !== undefined && JSON.stringify(config) !== JSON.stringify(endpoint.schemeConfig)) changes.config = { from: endpoint.schemeConfig, to: config };
    if (Object.keys(changes).length === 0) return false;

    await tx
      .update(webhookEndpoints)
      .set({
        ...(changes.name ? { name: input.name } : {}),
        ...(changes.events ? { events: input.events } : {}),
        ...(changes.enabled ? { enabled: input.enabled } : {}),
        ...(changes.rateLimitPerMinute ? { rateLimitPerMinute: input.rateLimitPerMinute } : {}),
        ...(changes.config ? { schemeConfig: config } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(webhookEndpoints.orgId, ctx.org.id), eq(webhookEndpoints.id, endpoint.id)))
      .catch((error: unknown) => {
        throw isUniqueViolation(error, "webhook_endpoints_org_name_idx") ? webhookNameTaken(input.name ?? endpoint.name) : error;
      });
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "webhook.updated",
      target: { type: "webhook_endpoint", id: endpoint.id, label: input.name ?? endpoint.name },
      metadata: { changes },
    });
    return true;
  });
  if (changed) invalidateEndpoint(input.endpointId);
  return getWebhook({ ctx, input: { endpointId: input.endpointId } });
}
