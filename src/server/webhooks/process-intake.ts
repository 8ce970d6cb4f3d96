import { getDb } from "@/server/db/client";
import { EndpointRateLimiter } from "./endpoint-rate-limiter";
import { createWebhookIntake, type WebhookIntake } from "./intake";

// The route handler and the lean listener are bundled apart by Next.js: one intake (one batcher, one rate limiter) per process.
const globalForIntake = globalThis as unknown as { __junctionWebhookIntake?: Promise<WebhookIntake>; __junctionWebhookRateLimiter?: EndpointRateLimiter };

/** The process's per-endpoint rate limits: every way a delivery comes in (route, lean listener, a test send) counts. */
export function processEndpointRateLimiter(): EndpointRateLimiter {
  return (globalForIntake.__junctionWebhookRateLimiter ??= new EndpointRateLimiter());
}

/** The process's webhook intake, on the app database. */
export function getWebhookIntake(): Promise<WebhookIntake> {
  globalForIntake.__junctionWebhookIntake ??= getDb()
    .then((db) => createWebhookIntake({ db, rateLimiter: processEndpointRateLimiter() }))
    .catch((error: unknown) => {
      globalForIntake.__junctionWebhookIntake = undefined;
      throw error;
    });
  return globalForIntake.__junctionWebhookIntake;
}
