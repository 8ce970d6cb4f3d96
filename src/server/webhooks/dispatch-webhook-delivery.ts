import { and, eq } from "drizzle-orm";
import { evaluateExpression, ExpressionError } from "@/core/expressions";
import { webhookDeliveries, webhookEndpoints, webhookSubscriptions } from "@/server/db/schema/webhooks";
import { workflows } from "@/server/db/schema/workflows";
import type { Db, DbOrTx } from "@/server/db/types";
import { runIdForEvent } from "@/server/runs/event-run-id";
import { enqueueStartedRuns, insertRunsOnce, type StartedRun } from "@/server/runs/start-runs-once";
import { enqueueRun } from "@/server/services/runs/enqueue-run";
import { parseWebhookBody, webhookBodyKind } from "./webhook-body";

/** What a run started by a webhook delivery sees as `trigger`. */
export interface WebhookTriggerPayload {
  /** Parsed JSON, form fields, or text. */
  body: unknown;
  /** Redacted: no signature, authorization or cookie. */
  headers: Record<string, string>;
  event: string | null;
  deliveryId: string;
  receivedAt: string;
}

export interface WebhookDispatchResult {
  deliveryId: string;
  /** One run per subscribed workflow that accepted the delivery; on a repeated dispatch, the runs the first one started. */
  started: StartedRun[];
  /** Subscribed workflows whose filter could not be evaluated. */
  skipped: { workflowId: string; workflowName: string; reason: string }[];
  /** Why nothing was considered at all (unknown delivery, endpoint gone, event not among the endpoint's). */
  ignored?: string;
}

type Enqueue = (run: { id: string; orgId: string }) => Promise<void>;

/**
 * Starts a run of every published, enabled workflow of the delivery's org subscribed to its endpoint — if the
 * endpoint's `events` list (when not empty) has the delivery's event and the subscription's filter is true over
 * `{ body, headers, event }`. Run ids derive from (delivery id, workflow id) and are inserted ON CONFLICT DO NOTHING
 * in one transaction that also records `runs_started`; start events are sent after the commit, so a retried dispatch
 * starts nothing twice and re-sends what a failed attempt may not have sent. Every read is scoped to the delivery's
 * org: a subscription or workflow of another org is never matched, whatever ids it names.
 */
export async function dispatchWebhookDelivery(db: Db, ref: { deliveryId: string; orgId: string }, options: { enqueue?: Enqueue } = {}): Promise<WebhookDispatchResult> {
  const nothing = (ignored: string): WebhookDispatchResult => ({ deliveryId: ref.deliveryId, started: [], skipped: [], ignored });
  const [delivery] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, ref.deliveryId), eq(webhookDeliveries.orgId, ref.orgId)))
    .limit(1);
  if (!delivery) return nothing("the delivery does not exist in this organization");
  const [endpoint] = await db
    .select({ events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, delivery.endpointId), eq(webhookEndpoints.orgId, delivery.orgId)))
    .limit(1);
  if (!endpoint) return nothing("the endpoint no longer exists");
  if (endpoint.events.length > 0 && (delivery.event === null || !endpoint.events.includes(delivery.event))) {
    await recordRunsStarted(db, delivery.id, 0);
    return nothing(`the event ${delivery.event === null ? "(none)" : `"${delivery.event}"`} is not one of the endpoint's events`);
  }

  const headers = delivery.headers as Record<string, string>;
  const payload: WebhookTriggerPayload = {
    body: parseWebhookBody(webhookBodyKind(delivery.contentType ?? undefined), delivery.body),
    headers,
    event: delivery.event,
    deliveryId: delivery.id,
    receivedAt: delivery.receivedAt.toISOString(),
  };
  const subscribed = await db
    .select({ workflowId: workflows.id, workflowName: workflows.name, versionId: webhookSubscriptions.versionId, filter: webhookSubscriptions.filter })
    .from(webhookSubscriptions)
    .innerJoin(
      workflows,
      and(eq(workflows.id, webhookSubscriptions.workflowId), eq(workflows.orgId, webhookSubscriptions.orgId), eq(workflows.publishedVersionId, webhookSubscriptions.versionId)),
    )
    .where(and(eq(webhookSubscriptions.endpointId, delivery.endpointId), eq(webhookSubscriptions.orgId, delivery.orgId), eq(workflows.enabled, true)));

  const accepted: typeof subscribed = [];
  const skipped: WebhookDispatchResult["skipped"] = [];
  for (const subscription of subscribed) {
    const verdict = await filterVerdict(subscription.filter, { body: payload.body, headers, event: delivery.event });
    if (verdict === true) accepted.push(subscription);
    else if (typeof verdict === "string") skipped.push({ workflowId: subscription.workflowId, workflowName: subscription.workflowName, reason: verdict });
  }

  const started = await db.transaction(async (tx) => {
    const rows = await insertRunsOnce(
      tx,
      delivery.orgId,
      accepted.map((workflow) => ({ ...workflow, runId: runIdForEvent(`webhook:${delivery.id}`, workflow.workflowId) })),
      { kind: "webhook", payload },
    );
    await recordRunsStarted(tx, delivery.id, rows.length);
    return rows;
  });
  await enqueueStartedRuns(delivery.orgId, started, options.enqueue ?? enqueueRun, {
    what: `webhook delivery ${delivery.id}`,
    retry: "dispatching it again starts them",
    log: { deliveryId: delivery.id },
  });
  return { deliveryId: delivery.id, started, skipped };
}

async function recordRunsStarted(db: DbOrTx, deliveryId: string, count: number) {
  await db.update(webhookDeliveries).set({ runsStarted: count }).where(eq(webhookDeliveries.id, deliveryId));
}

/** true: start; false: not for this workflow; a string: the filter failed, and why. */
async function filterVerdict(filter: string | null, input: { body: unknown; headers: Record<string, string>; event: string | null }): Promise<boolean | string> {
  if (filter === null) return true;
  try {
    const value = await evaluateExpression(filter, input);
    if (typeof value === "boolean") return value;
    if (value === undefined || value === null) return false;
    return `the webhook trigger's filter must give true or false but gave ${JSON.stringify(value).slice(0, 80)}; compare explicitly or wrap it in $boolean(…).`;
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return `the webhook trigger's filter could not be evaluated: ${error.message}`;
  }
}
