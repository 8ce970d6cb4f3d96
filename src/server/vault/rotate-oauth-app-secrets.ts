import { and, asc, eq, isNotNull } from "drizzle-orm";
import { openSealed, sealedKeyVersion, sealSecret, VaultError, type VaultKeyring } from "@/core/vault";
import { oauthApps } from "@/server/db/schema/oauth";
import type { Db } from "@/server/db/types";
import { oauthAppAad } from "@/server/oauth/oauth-app-credentials";

export interface OAuthAppRotationReport {
  scanned: number;
  resealed: number;
  alreadyCurrent: number;
  changedMeanwhile: number;
  failed: { orgId: string; app: string; reason: string }[];
}

/**
 * Re-seals organizations' own OAuth app client secrets with the newest key, like the connections: each row written
 * only if it still holds the value that was opened, rows on the newest key skipped, unreadable rows reported.
 * (One row per org and provider: no batching needed.)
 */
export async function rotateOAuthAppSecrets(db: Db, keyring: VaultKeyring): Promise<OAuthAppRotationReport> {
  const report: OAuthAppRotationReport = { scanned: 0, resealed: 0, alreadyCurrent: 0, changedMeanwhile: 0, failed: [] };
  const rows = await db
    .select({ id: oauthApps.id, orgId: oauthApps.orgId, app: oauthApps.app, sealed: oauthApps.sealedClientSecret })
    .from(oauthApps)
    .where(isNotNull(oauthApps.sealedClientSecret))
    .orderBy(asc(oauthApps.id));
  for (const row of rows) {
    const sealed = row.sealed!;
    report.scanned++;
    if (sealedKeyVersion(sealed) === keyring.currentVersion) {
      report.alreadyCurrent++;
      continue;
    }
    const aad = oauthAppAad(row.orgId, row.app);
    let resealed: string;
    try {
      resealed = sealSecret(keyring, openSealed(keyring, sealed, aad), aad);
    } catch (error) {
      if (!(error instanceof VaultError)) throw error;
      report.failed.push({ orgId: row.orgId, app: row.app, reason: error.message });
      continue;
    }
    const updated = await db
      .update(oauthApps)
      .set({ sealedClientSecret: resealed })
      .where(and(eq(oauthApps.id, row.id), eq(oauthApps.sealedClientSecret, sealed)))
      .returning({ id: oauthApps.id });
    if (updated.length > 0) report.resealed++;
    else report.changedMeanwhile++;
  }
  return report;
}
