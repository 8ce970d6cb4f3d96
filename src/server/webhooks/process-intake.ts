import { getDb } from "@/server/db/client";
import { createWebhookIntake, type WebhookIntake } from "./intake";

// The route handler and the lean listener are bundled apart by Next.js: one intake (one batcher, one rate limiter) per process.
const globalForIntake = globalThis as unknown as { __junctionWebhookIntake?: Promise<WebhookIntake> };

/** The process's webhook intake, on the app database. */
export function getWebhookIntake(): Promise<WebhookIntake> {
  globalForIntake.__junctionWebhookIntake ??= getDb()
    .then((db) => createWebhookIntake({ db }))
    .catch((error: unknown) => {
      globalForIntake.__junctionWebhookIntake = undefined;
      throw error;
    });
  return globalForIntake.__junctionWebhookIntake;
}
