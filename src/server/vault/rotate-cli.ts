/**
 * `npm run vault:rotate` — re-seals every connection's credentials, every organization's own OAuth app secret, and
 * every webhook endpoint's signing secret (with the previous one of a rotation's overlap) with the newest key of
 * ENCRYPTION_KEYS.
 *
 * 1. Put the new key first and keep the old ones after it: ENCRYPTION_KEYS=v2:<new>,v1:<old>
 * 2. Restart the app (new credentials are sealed with v2 from then on) and run this command.
 * 3. When it reports 0 failures, the old key may be removed from ENCRYPTION_KEYS.
 *
 * Safe to run again (rows already on the newest key are skipped) and while the app runs on PostgreSQL.
 * With the embedded database (no DATABASE_URL), stop the app first: PGlite is one process's database.
 * Options: --batch-size=N (default 100). Exits 1 when some rows could not be opened.
 */
import { getDatabase } from "@/server/db/client";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { rotateConnectionCredentials, type RotationReport } from "@/server/vault/rotate-connection-credentials";
import { rotateOAuthAppSecrets } from "@/server/vault/rotate-oauth-app-secrets";
import { rotateWebhookSecrets } from "@/server/vault/rotate-webhook-secrets";

function batchSizeFrom(argv: string[]): number {
  const arg = argv.find((a) => a.startsWith("--batch-size="));
  if (!arg) return 100;
  const n = Number(arg.slice("--batch-size=".length));
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new Error(`--batch-size must be an integer from 1 to 10000, got "${arg}".`);
  return n;
}

function summary(report: RotationReport): string {
  const v = report.targetVersion;
  return (
    `${report.scanned} connection(s) scanned: ${report.resealed} re-sealed with "${v}", ${report.alreadyCurrent} already on "${v}", ` +
    `${report.changedMeanwhile} changed meanwhile, ${report.failed.length} could not be opened.`
  );
}

async function main(): Promise<number> {
  const batchSize = batchSizeFrom(process.argv.slice(2));
  const keyring = getVaultKeyring();
  console.log(`Re-sealing connection credentials with key "${keyring.currentVersion}" (keys held: ${keyring.versions.join(", ")}), ${batchSize} rows per batch…`);
  const handle = await getDatabase();
  try {
    const report = await rotateConnectionCredentials(handle.db, keyring, {
      batchSize,
      onBatch: (progress) => console.log(`  … ${progress.scanned} scanned, ${progress.resealed} re-sealed`),
    });
    console.log(summary(report));
    const apps = await rotateOAuthAppSecrets(handle.db, keyring);
    console.log(
      `${apps.scanned} OAuth app secret(s) scanned: ${apps.resealed} re-sealed, ${apps.alreadyCurrent} already current, ${apps.changedMeanwhile} changed meanwhile, ${apps.failed.length} could not be opened.`,
    );
    const webhooks = await rotateWebhookSecrets(handle.db, keyring, { batchSize });
    console.log(
      `${webhooks.scanned} webhook endpoint secret(s) scanned: ${webhooks.resealed} re-sealed, ${webhooks.alreadyCurrent} already current, ${webhooks.changedMeanwhile} changed meanwhile, ${webhooks.failed.length} could not be opened.`,
    );
    if (report.failed.length === 0 && apps.failed.length === 0 && webhooks.failed.length === 0) return 0;
    console.log(
      "Left untouched (fix the key configuration and run again, or reconnect these connections / set these OAuth apps again / " +
        "rotate these webhook endpoints' secrets):",
    );
    for (const failure of report.failed) console.log(`  connection ${failure.connectionId} (org ${failure.orgId}): ${failure.reason}`);
    for (const failure of apps.failed) console.log(`  OAuth app ${failure.app} (org ${failure.orgId}): ${failure.reason}`);
    for (const failure of webhooks.failed) console.log(`  webhook endpoint ${failure.endpointId} (org ${failure.orgId}): ${failure.reason}`);
    return 1;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`vault:rotate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
