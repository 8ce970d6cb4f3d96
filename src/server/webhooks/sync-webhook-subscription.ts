import { and, eq, ne } from "drizzle-orm";
import type { WorkflowDefinition } from "@/core/workflow/definition";
import type { TriggerNode } from "@/core/workflow/nodes";
import { webhookEndpoints, webhookSubscriptions } from "@/server/db/schema/webhooks";
import type { DbOrTx } from "@/server/db/types";

type WebhookTriggerConfig = Extract<TriggerNode["trigger"], { kind: "webhook" }>;

/** The webhook trigger of a definition, if its trigger node is one. */
export function webhookTriggerOf(definition: WorkflowDefinition): WebhookTriggerConfig | undefined {
  for (const node of definition.nodes) {
    if (node.type === "trigger" && node.trigger.kind === "webhook") return node.trigger;
  }
  return undefined;
}

export interface SyncWebhookSubscriptionInput {
  orgId: string;
  workflowId: string;
  versionId: string;
  definition: WorkflowDefinition;
  /** The workflow's `enabled`; dispatch checks the workflow itself, so a disabled one keeps its row and starts nothing. */
  enabled: boolean;
}

/**
 * Makes the workflow's `webhook_subscriptions` row match a newly published version (call it in the publish
 * transaction): a webhook trigger naming an endpoint of the SAME org upserts the row pinned to that version, with its
 * filter; anything else — another trigger, no endpoint, an endpoint id of another org or none at all — deletes it.
 * Validation refuses the foreign id before publish gets here; this is the second lock on that door.
 */
export async function syncWebhookSubscription(tx: DbOrTx, input: SyncWebhookSubscriptionInput): Promise<void> {
  const trigger = webhookTriggerOf(input.definition);
  const scope = and(eq(webhookSubscriptions.orgId, input.orgId), eq(webhookSubscriptions.workflowId, input.workflowId));
  const endpointId = trigger?.endpointId;
  const [endpoint] = endpointId
    ? await tx
        .select({ id: webhookEndpoints.id })
        .from(webhookEndpoints)
        .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.orgId, input.orgId)))
        .limit(1)
    : [];
  if (!endpoint) {
    await tx.delete(webhookSubscriptions).where(scope);
    return;
  }
  // One trigger node per workflow: a row for another endpoint is the previous version's.
  await tx.delete(webhookSubscriptions).where(and(scope, ne(webhookSubscriptions.endpointId, endpoint.id)));
  const values = { versionId: input.versionId, filter: trigger?.filter ?? null };
  await tx
    .insert(webhookSubscriptions)
    .values({ endpointId: endpoint.id, workflowId: input.workflowId, orgId: input.orgId, ...values })
    .onConflictDoUpdate({ target: [webhookSubscriptions.endpointId, webhookSubscriptions.workflowId], set: values });
}
