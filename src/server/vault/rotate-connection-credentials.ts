import { and, asc, eq, gt } from "drizzle-orm";
import { openSealed, sealedKeyVersion, sealSecret, VaultError, type VaultKeyring } from "@/core/vault";
import { connectionAad } from "@/server/connections/connection-credentials";
import { connections } from "@/server/db/schema/connections";
import type { Db } from "@/server/db/types";

export interface RotationFailure {
  connectionId: string;
  orgId: string;
  /** The VaultError's message: says what is wrong, never contains a secret. */
  reason: string;
}

export interface RotationReport {
  targetVersion: string;
  scanned: number;
  resealed: number;
  /** Already sealed with the newest key: nothing to do. */
  alreadyCurrent: number;
  /** Reconnected or deleted between read and write: left to that change (a later run re-seals it if it still needs it). */
  changedMeanwhile: number;
  /** Could not be opened (unknown version, wrong key, altered value): left untouched. */
  failed: RotationFailure[];
}

export interface RotationOptions {
  batchSize?: number;
  onBatch?: (report: Readonly<RotationReport>) => void;
}

/**
 * Re-seals every connection's credentials with the keyring's newest key. Rows are read in id order in
 * batches, and each re-sealed row is written by its own single-statement transaction that only applies if
 * the row still holds the value that was opened (so a concurrent reconnect is never overwritten). Rows already
 * on the newest key are skipped, so a second run re-seals nothing; rows that cannot be opened are reported and
 * left as they are.
 */
export async function rotateConnectionCredentials(db: Db, keyring: VaultKeyring, options: RotationOptions = {}): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 100;
  const report: RotationReport = { targetVersion: keyring.currentVersion, scanned: 0, resealed: 0, alreadyCurrent: 0, changedMeanwhile: 0, failed: [] };
  let cursor: string | null = null;
  for (;;) {
    const batch = await db
      .select({ id: connections.id, orgId: connections.orgId, sealed: connections.sealedCredentials })
      .from(connections)
      .where(cursor === null ? undefined : gt(connections.id, cursor))
      .orderBy(asc(connections.id))
      .limit(batchSize);
    if (batch.length === 0) break;
    for (const row of batch) {
      report.scanned++;
      if (sealedKeyVersion(row.sealed) === keyring.currentVersion) {
        report.alreadyCurrent++;
        continue;
      }
      const aad = connectionAad({ orgId: row.orgId, connectionId: row.id });
      let resealed: string;
      try {
        resealed = sealSecret(keyring, openSealed(keyring, row.sealed, aad), aad);
      } catch (error) {
        if (!(error instanceof VaultError)) throw error;
        report.failed.push({ connectionId: row.id, orgId: row.orgId, reason: error.message });
        continue;
      }
      const updated = await db
        .update(connections)
        .set({ sealedCredentials: resealed })
        .where(and(eq(connections.id, row.id), eq(connections.orgId, row.orgId), eq(connections.sealedCredentials, row.sealed)))
        .returning({ id: connections.id });
      if (updated.length > 0) report.resealed++;
      else report.changedMeanwhile++;
    }
    cursor = batch[batch.length - 1]!.id;
    options.onBatch?.(report);
    if (batch.length < batchSize) break;
  }
  return report;
}
