import { env } from "@/env";
import { getDatabase } from "@/server/db/client";
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from "@/server/demo/seed-demo";
import { shouldUseEmbeddedExecutor } from "@/server/inngest/engine-mode";
import { startEmbeddedExecutor } from "@/server/inngest/start-embedded-executor";
import { logger } from "@/server/log/logger";
import { getVaultKeyring } from "@/server/vault/vault-keyring";

/**
 * Runs once when the Next.js server starts: load the vault's keys, open the database (applying migrations),
 * start the embedded workflow executor unless a real Inngest is configured, start the lean webhook listener on
 * WEBHOOK_PORT, and, in development, seed the demo.
 */
export async function startServer(): Promise<void> {
  // Load the vault's keys first: a malformed ENCRYPTION_KEYS stops start-up, and the development key is generated now.
  const keyring = getVaultKeyring();
  logger.info({ keyVersion: keyring.currentVersion, keyVersions: keyring.versions }, "vault keys loaded");
  const { db, kind } = await getDatabase();
  logger.info({ database: kind === "pglite" ? `PGlite in ${env.DATA_DIR}/pglite` : "PostgreSQL (DATABASE_URL)" }, "database ready, migrations applied");
  if (shouldUseEmbeddedExecutor()) await startEmbeddedExecutor(db);
  else logger.info({ baseUrl: process.env.INNGEST_BASE_URL ?? "Inngest Cloud" }, "using an external Inngest; the embedded executor stays off");
  // Imported only now: the intake reaches the Inngest client, which reads the variables the executor has just set.
  const { startProcessWebhookListener } = await import("@/server/webhooks/start-webhook-listener");
  await startProcessWebhookListener(env.WEBHOOK_PORT);
  const embeddedDev = kind === "pglite" && env.NODE_ENV !== "production" && env.DEMO_SEED === "true";
  if (embeddedDev && (await seedDemo(db))) {
    const banner = [
      "",
      "  Junction demo is ready",
      `  Open ${env.APP_URL}/sign-in and sign in with`,
      `    email:    ${DEMO_EMAIL}`,
      `    password: ${DEMO_PASSWORD}`,
      "",
    ].join("\n");
    console.log(banner);
  }
}
