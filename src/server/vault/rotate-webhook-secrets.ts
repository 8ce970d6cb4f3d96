import { and, asc, eq, gt, isNotNull, isNull, or, type Column } from "drizzle-orm";
import { openSealed, sealedKeyVersion, sealSecret, VaultError, type VaultKeyring } from "@/core/vault";
import { webhookEndpoints } from "@/server/db/schema/webhooks";
import type { Db } from "@/server/db/types";
import { webhookSecretAad } from "@/server/webhooks/webhook-secrets";

export interface WebhookSecretRotationFailure {
  endpointId: string;
  orgId: string;
  /** The VaultError's message: says what is wrong, never contains a secret. */
  reason: string;
}

export interface WebhookSecretRotationReport {
  targetVersion: string;
  /** Endpoints with a sealed secret (scheme `none` has none and is not counted). */
  scanned: number;
  resealed: number;
  alreadyCurrent: number;
  /** Rotated or deleted by a user between read and write: left to that change (a later run re-seals it if needed). */
  changedMeanwhile: number;
  /** Current or previous secret could not be opened: the endpoint is left untouched. */
  failed: WebhookSecretRotationFailure[];
}

export interface WebhookSecretRotationOptions {
  batchSize?: number;
}

/** The value re-sealed with the newest key; as it is when already on it (or absent). Throws a VaultError. */
function resealed(keyring: VaultKeyring, sealed: string | null, aad: string): string | null {
  if (sealed === null || sealedKeyVersion(sealed) === keyring.currentVersion) return sealed;
  return sealSecret(keyring, openSealed(keyring, sealed, aad), aad);
}

/** "The column still holds what was read", null included (`= null` matches nothing in SQL). */
const stillHolds = (column: Column, value: string | null) => (value === null ? isNull(column) : eq(column, value));

/**
 * Re-seals every webhook endpoint's signing secret, and the previous one kept during a rotation's overlap, with the
 * keyring's newest key (same AAD: org + endpoint), like the connections: rows in id order in batches, each written
 * only if both sealed values are still the ones that were opened (a user's `rotateSecret` meanwhile wins), rows on
 * the newest key skipped, rows with a value that cannot be opened reported and left as they are. A previous secret
 * is re-sealed even after its overlap ended: intake still opens it while it is stored. The stored hint and
 * `updated_at` are not touched: the secrets themselves do not change.
 */
export async function rotateWebhookSecrets(db: Db, keyring: VaultKeyring, options: WebhookSecretRotationOptions = {}): Promise<WebhookSecretRotationReport> {
  const batchSize = options.batchSize ?? 100;
  const report: WebhookSecretRotationReport = { targetVersion: keyring.currentVersion, scanned: 0, resealed: 0, alreadyCurrent: 0, changedMeanwhile: 0, failed: [] };
  const sealedOnly = or(isNotNull(webhookEndpoints.sealedSecret), isNotNull(webhookEndpoints.sealedPreviousSecret));
  let cursor: string | null = null;
  for (;;) {
    const batch = await db
      .select({ id: webhookEndpoints.id, orgId: webhookEndpoints.orgId, current: webhookEndpoints.sealedSecret, previous: webhookEndpoints.sealedPreviousSecret })
      .from(webhookEndpoints)
      .where(cursor === null ? sealedOnly : and(sealedOnly, gt(webhookEndpoints.id, cursor)))
      .orderBy(asc(webhookEndpoints.id))
      .limit(batchSize);
    if (batch.length === 0) break;
    for (const row of batch) {
      report.scanned++;
      const aad = webhookSecretAad({ orgId: row.orgId, endpointId: row.id });
      let current: string | null;
      let previous: string | null;
      try {
        current = resealed(keyring, row.current, aad);
        previous = resealed(keyring, row.previous, aad);
      } catch (error) {
        if (!(error instanceof VaultError)) throw error;
        report.failed.push({ endpointId: row.id, orgId: row.orgId, reason: error.message });
        continue;
      }
      if (current === row.current && previous === row.previous) {
        report.alreadyCurrent++;
        continue;
      }
      const updated = await db
        .update(webhookEndpoints)
        .set({ sealedSecret: current, sealedPreviousSecret: previous })
        .where(
          and(
            eq(webhookEndpoints.id, row.id),
            eq(webhookEndpoints.orgId, row.orgId),
            stillHolds(webhookEndpoints.sealedSecret, row.current),
            stillHolds(webhookEndpoints.sealedPreviousSecret, row.previous),
          ),
        )
        .returning({ id: webhookEndpoints.id });
      if (updated.length > 0) report.resealed++;
      else report.changedMeanwhile++;
    }
    cursor = batch[batch.length - 1]!.id;
    if (batch.length < batchSize) break;
  }
  return report;
}
