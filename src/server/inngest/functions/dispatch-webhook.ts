import { getDb } from "@/server/db/client";
import { dispatchWebhookDelivery } from "@/server/webhooks/dispatch-webhook-delivery";
import { inngest } from "../client";
import { webhookDeliveryReceived } from "../events";

export const DISPATCH_WEBHOOK_FUNCTION_ID = "dispatch-webhook-delivery";

/**
 * Starts the workflows subscribed to a stored webhook delivery's endpoint (see `dispatchWebhookDelivery`). One step:
 * once it has succeeded a retry of the function replays its result; a retry of the step itself finds the runs an
 * earlier attempt inserted (ids derived from the delivery) and only re-sends their start events.
 */
export const dispatchWebhookFunction = inngest.createFunction(
  { id: DISPATCH_WEBHOOK_FUNCTION_ID, name: "Dispatch webhook delivery", retries: 5, triggers: [webhookDeliveryReceived] },
  async ({ event, step }) =>
    step.run("start-subscribed-workflows", async () => {
      const result = await dispatchWebhookDelivery(await getDb(), { deliveryId: event.data.deliveryId, orgId: event.data.orgId });
      return { runIds: result.started.map((run) => run.runId), skipped: result.skipped, ignored: result.ignored ?? null };
    }),
);
