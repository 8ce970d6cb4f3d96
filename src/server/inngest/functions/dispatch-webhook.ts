import { getDb } from "@/server/db/client";
import { dispatchWebhookDelivery } from "@/server/webhooks/dispatch-webhook-delivery";
import { inngest } from "../client";
import { webhookDeliveryReceived } from "../events";

export const DISPATCH_WEBHOOK_FUNCTION_ID = "dispatch-webhook-delivery";

/**
 * Starts the workflows subscribed to a stored webhook delivery's endpoint (see `dispatchWebhookDelivery`). No step:
 * the dispatch is idempotent by itself (run ids derive from the delivery, inserted ON CONFLICT DO NOTHING, start
 * events re-sent with the same ids), so a retry simply dispatches again — and one call into the function per delivery
 * instead of two (a step's result, then the function's) halves the engine's work on a burst of deliveries.
 */
export const dispatchWebhookFunction = inngest.createFunction(
  { id: DISPATCH_WEBHOOK_FUNCTION_ID, name: "Dispatch webhook delivery", retries: 5, triggers: [webhookDeliveryReceived] },
  async ({ event }) => {
    const result = await dispatchWebhookDelivery(await getDb(), { deliveryId: event.data.deliveryId, orgId: event.data.orgId });
    return { runIds: result.started.map((run) => run.runId), skipped: result.skipped, ignored: result.ignored ?? null };
  },
);
