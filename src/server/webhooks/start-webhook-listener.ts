import { logger } from "@/server/log/logger";
import { startWebhookListener, type WebhookListener } from "./lean-listener";
import { getWebhookIntake } from "./process-intake";

const globalForListener = globalThis as unknown as { __junctionWebhookListener?: Promise<WebhookListener | null> };

/**
 * Starts the process's lean webhook listener on `port` once (it shares the route's intake). A port already taken
 * is logged, not fatal: deliveries still arrive through /api/hooks on the app's own port.
 */
export function startProcessWebhookListener(port: number): Promise<WebhookListener | null> {
  globalForListener.__junctionWebhookListener ??= startWebhookListener({ intake: getWebhookIntake, port }).then(
    (listener) => {
      logger.info({ port: listener.port }, `webhook listener ready: POST http://<host>:${listener.port}/hooks/{endpointId}`);
      return listener;
    },
    (error: unknown) => {
      logger.error({ err: error, port }, "could not start the webhook listener (is WEBHOOK_PORT taken?); webhooks still arrive at /api/hooks/{endpointId}");
      return null;
    },
  );
  return globalForListener.__junctionWebhookListener;
}
